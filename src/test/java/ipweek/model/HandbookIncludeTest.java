package ipweek.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandbookIncludeTest {

    private static final SourceRef AT = SourceRef.file("content/handbook/handbook.yaml");

    private static Law law(String id, LawLevel level, LawStatus status, List<IpType> types) {
        return new Law(id, id, "", level, "", "", LocalDate.of(2020, 1, 1), Optional.empty(), status,
                Optional.empty(), "", "", types, "", AT);
    }

    private static final List<Law> LAWS = List.of(
            law("tm", LawLevel.LAW, LawStatus.CURRENT, List.of(IpType.TRADEMARK)),
            law("civil", LawLevel.LAW, LawStatus.CURRENT, List.of()),
            law("old", LawLevel.DEPT_RULE, LawStatus.REPEALED, List.of(IpType.GEOGRAPHICAL_INDICATION)),
            law("pat", LawLevel.ADMIN_REGULATION, LawStatus.AMENDED, List.of(IpType.PATENT)));

    private static List<String> ids(List<Law> laws) {
        return laws.stream().map(Law::id).toList();
    }

    @Test
    void allMeansEveryLawInForce() {
        assertEquals(List.of("tm", "civil", "pat"), ids(new HandbookInclude.Laws(List.of(), List.of(), List.of(), AT).select(LAWS)));
    }

    @Test
    void filtersByLevelAndRightsType() {
        assertEquals(List.of("tm", "civil"),
                ids(new HandbookInclude.Laws(List.of(), List.of(LawLevel.LAW), List.of(), AT).select(LAWS)));
        assertEquals(List.of("civil", "pat"),
                ids(new HandbookInclude.Laws(List.of(), List.of(), List.of(IpType.PATENT), AT).select(LAWS)),
                "a law without ip_types concerns every type");
    }

    @Test
    void namedIdsComeInTheOrderNamedEvenIfRepealed() {
        assertEquals(List.of("pat", "old", "tm"),
                ids(new HandbookInclude.Laws(List.of("pat", "old", "missing", "tm"), List.of(), List.of(), AT).select(LAWS)));
    }
}

package ipweek.render;

import java.util.List;

/**
 * A typical case's page: the facts table, the four classic parts under the publisher's own headings (基本案情 /
 * 处理结果 / 法律依据 / 典型意义), the amounts table, the source and the neighbouring cases of the batch.
 */
public record CaseView(
        CaseCard card,
        CaseBatchView batch,
        List<LinkView> ipTypes,
        LinkView proceeding,
        LinkView handlingUnit,
        String region,
        List<LinkView> campaigns,
        String documentLabel,
        String documentNumber,
        String dateLabel,
        String decisionDate,
        String decisionDateLabel,
        List<Party> parties,
        String factsLabel,
        String factsHtml,
        String resultLabel,
        String resultHtml,
        List<Amount> amounts,
        String confiscatedItems,
        boolean transferredToPolice,
        List<Basis> legalBasis,
        String significanceLabel,
        String significanceHtml,
        String sourcePublisher,
        String sourceUrl,
        String sourceNote,
        LinkView previous,
        LinkView next) {

    public CaseView {
        ipTypes = List.copyOf(ipTypes);
        campaigns = List.copyOf(campaigns);
        parties = List.copyOf(parties);
        amounts = List.copyOf(amounts);
        legalBasis = List.copyOf(legalBasis);
    }

    public record Party(String name, String type, String role) {
    }

    /** An amount as shown (187.0838万元) and exactly in 元 (1870838元). */
    public record Amount(String label, String display, String yuan) {
    }

    /** 《中华人民共和国商标法》 and the articles applied, joined with 、 */
    public record Basis(String law, String articles) {
    }
}

package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One typical case (典型案例) of a batch. {@code position} is its place in the batch from 1 (案例一), after ordering by
 * the declared {@code sequence}; {@code file} is the YAML file it was read from, relative to the content folder. The
 * four classic parts keep the publisher's own headings ({@code factsLabel} …).
 */
public record TypicalCase(
        String id,
        String batchId,
        int position,
        Optional<CaseSequence> sequence,
        String title,
        List<IpType> ipTypes,
        Proceeding proceeding,
        String handlingUnit,
        Optional<Region> region,
        List<Campaign> campaigns,
        String documentNumber,
        Optional<Decision> decision,
        List<Party> parties,
        String factsLabel,
        Markdown facts,
        String resultLabel,
        Markdown result,
        List<Amount> amounts,
        String confiscatedItems,
        boolean transferredToPolice,
        List<LegalBasis> legalBasis,
        String significanceLabel,
        Markdown significance,
        CaseSource source,
        boolean featured,
        String file,
        SourceRef at) {

    public TypicalCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(proceeding, "proceeding");
        Objects.requireNonNull(handlingUnit, "handlingUnit");
        Objects.requireNonNull(source, "source");
        if (ipTypes.isEmpty()) {
            throw new IllegalArgumentException("a case has at least one rights type: " + id);
        }
        ipTypes = List.copyOf(ipTypes);
        campaigns = List.copyOf(campaigns);
        parties = List.copyOf(parties);
        amounts = List.copyOf(amounts);
        legalBasis = List.copyOf(legalBasis);
        documentNumber = documentNumber == null ? "" : documentNumber;
        confiscatedItems = confiscatedItems == null ? "" : confiscatedItems;
        facts = facts == null ? Markdown.EMPTY : facts;
        result = result == null ? Markdown.EMPTY : result;
        significance = significance == null ? Markdown.EMPTY : significance;
    }

    /** The date of the decision or judgment (决定/判决日期) and where it was written. */
    public record Decision(LocalDate date, SourceRef at) {
        public Decision {
            Objects.requireNonNull(date, "date");
        }
    }

    public Optional<LocalDate> decisionDate() {
        return decision.map(Decision::date);
    }

    public Optional<Amount> amount(AmountKind kind) {
        return amounts.stream().filter(a -> a.kind() == kind).findFirst();
    }

    /**
     * The case at its place in the batch (the loader numbers cases once the whole batch is read), with
     * {@code defaultId} as its id unless the editors gave it one.
     */
    public TypicalCase placed(String defaultId, int newPosition) {
        return new TypicalCase(id.isEmpty() ? defaultId : id, batchId, newPosition, sequence, title, ipTypes, proceeding, handlingUnit, region,
                campaigns, documentNumber, decision, parties, factsLabel, facts, resultLabel, result, amounts,
                confiscatedItems, transferredToPolice, legalBasis, significanceLabel, significance, source, featured,
                file, at);
    }

    /** The same case with its Markdown parts rendered. */
    public TypicalCase withTexts(Markdown newFacts, Markdown newResult, Markdown newSignificance) {
        return new TypicalCase(id, batchId, position, sequence, title, ipTypes, proceeding, handlingUnit, region,
                campaigns, documentNumber, decision, parties, factsLabel, newFacts, resultLabel, newResult, amounts,
                confiscatedItems, transferredToPolice, legalBasis, significanceLabel, newSignificance, source, featured,
                file, at);
    }
}

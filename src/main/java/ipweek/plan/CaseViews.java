package ipweek.plan;

import ipweek.model.AmountKind;
import ipweek.model.CaseBatch;
import ipweek.model.OrdinalStyle;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.model.TypicalCase;
import ipweek.render.CaseBatchView;
import ipweek.render.CaseCard;
import ipweek.render.CaseView;
import ipweek.render.ChineseDates;
import ipweek.render.ChineseMoney;
import ipweek.render.ChineseNumbers;
import ipweek.render.FacetView;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The views of typical cases — cards, batches, case pages and facet links — made relative to the page they are on. */
final class CaseViews {

    private final ViewFactory views;
    private final CaseIndex index;
    private final Map<CardKey, CaseCard> cards = new ConcurrentHashMap<>();
    /** The cards of the last plan (the preview's), reused for cases that are the same objects as then. */
    private final Map<CardKey, CaseCard> lastCards;

    CaseViews(ViewFactory views, CaseIndex index) {
        this(views, index, Map.of());
    }

    CaseViews(ViewFactory views, CaseIndex index, Map<CardKey, CaseCard> lastCards) {
        this.views = views;
        this.index = index;
        this.lastCards = lastCards;
    }

    /** The cards made so far, for the next plan. */
    Map<CardKey, CaseCard> cards() {
        return cards;
    }

    CaseIndex index() {
        return index;
    }

    /** 案例三 or 案例3, as the batch numbers its cases. */
    static String ordinal(CaseBatch batch, int position) {
        return "案例" + (batch.ordinalStyle() == OrdinalStyle.CHINESE ? ChineseNumbers.of(position) : Integer.toString(position));
    }

    /**
     * A case's card as seen from {@code page}. Each case has a card on the library, its batch page and about six facet
     * pages, and cards differ only by the depth of their page, so each is made once per depth.
     */
    CaseCard card(TypicalCase c, PageView page) {
        return cards.computeIfAbsent(new CardKey(c, index.batch(c), page.root()), k -> {
            CaseCard last = lastCards.get(k);
            return last != null ? last : newCard(c, page);
        });
    }

    /**
     * A case and its batch, by identity (a plan sees one record of each; the preview's loader hands back the same
     * records while their files are unchanged), and a page's way up to the site root: all a card shows but the frame.
     */
    record CardKey(TypicalCase c, CaseBatch batch, String root) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CardKey k && k.c == c && k.batch == batch && k.root.equals(root);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(c) * 31 + System.identityHashCode(batch)) * 31 + root.hashCode();
        }
    }

    private CaseCard newCard(TypicalCase c, PageView page) {
        CaseBatch batch = index.batch(c);
        List<CaseCard.Filter> filter = new ArrayList<>();
        filter.add(new CaseCard.Filter("pici", batch.id()));
        for (CaseFacet facet : CaseFacet.values()) {
            filter.add(new CaseCard.Filter(facet.folder(),
                    String.join(" ", facet.values(c, batch).stream().map(CaseFacet.Value::slug).toList())));
        }
        return new CaseCard(c.id(), ordinal(batch, c.position()), c.title(), page.rel(Paths.typicalCase(c.id())),
                batch.title(), page.rel(Paths.caseBatch(batch.id())), c.handlingUnit(),
                c.decisionDate().map(Object::toString).orElse(""), c.decisionDate().map(ChineseDates::full).orElse(""),
                c.ipTypes().stream().map(t -> t.label()).toList(), c.proceeding().label(),
                c.campaigns().stream().map(k -> k.label()).toList(), filter, isScheduled(batch));
    }

    boolean isScheduled(CaseBatch batch) {
        return batch.published().isAfter(views.site().today());
    }

    CaseBatchView batch(CaseBatch b, PageView page, boolean withCases) {
        return new CaseBatchView(b.id(), b.title(), page.rel(Paths.caseBatch(b.id())), b.label(), b.publisher(),
                b.published().toString(), ChineseDates.full(b.published()), b.occasion().label(),
                b.intro().forPage(page.root()), b.sourceUrl(), b.cases().size(),
                withCases ? b.cases().stream().map(c -> card(c, page)).toList() : List.of(), isScheduled(b));
    }

    /** Batches as a facet: the newest {@code limit} of them (all when 0), linked to their pages. */
    FacetView batchFacet(PageView page, String currentBatch, int limit) {
        List<FacetView.Value> batches = views.site().caseBatches().stream()
                .limit(limit > 0 ? limit : Long.MAX_VALUE)
                .map(b -> new FacetView.Value(b.id(), b.title(), page.rel(Paths.caseBatch(b.id())), b.cases().size(),
                        b.id().equals(currentBatch)))
                .toList();
        return new FacetView("pici", "发布批次", batches);
    }

    /**
     * The facets other than batches, each value linked to its page; {@code current} marks the value of the page being
     * made. (Batches are left out: a site may have hundreds, and the library lists them all.)
     */
    List<FacetView> facets(PageView page, String currentFolder, String currentSlug) {
        List<FacetView> out = new ArrayList<>();
        for (CaseFacet facet : CaseFacet.values()) {
            List<FacetView.Value> values = index.entries(facet).stream()
                    .map(e -> new FacetView.Value(e.value().slug(), e.value().label(),
                            page.rel(Paths.caseFacet(facet.folder(), e.value().slug())), e.cases().size(),
                            currentFolder.equals(facet.folder()) && currentSlug.equals(e.value().slug())))
                    .toList();
            out.add(new FacetView(facet.folder(), facet.label(), values));
        }
        return out;
    }

    CaseView caseView(TypicalCase c, PageView page) {
        CaseBatch batch = index.batch(c);
        List<LinkView> types = c.ipTypes().stream()
                .map(t -> LinkView.of(t.label(), page.rel(Paths.caseFacet(CaseFacet.TYPE.folder(), t.slug())))).toList();
        LinkView proceeding = facetLink(CaseFacet.PROCEEDING, c, batch, page).get(0);
        LinkView unit = facetLink(CaseFacet.UNIT, c, batch, page).get(0);
        List<LinkView> campaigns = c.campaigns().stream()
                .map(k -> LinkView.of(k.label(), page.rel(Paths.caseFacet(CaseFacet.CAMPAIGN.folder(), CaseFacet.campaignSlug(k)))))
                .toList();
        List<CaseView.Amount> amounts = new ArrayList<>();
        for (AmountKind kind : AmountKind.values()) {
            c.amount(kind).ifPresent(a -> amounts.add(new CaseView.Amount(kind.label(), ChineseMoney.of(a.yuan()),
                    ChineseMoney.yuan(a.yuan()))));
        }
        List<TypicalCase> inBatch = batch.cases();
        int i = c.position() - 1;
        TypicalCase previous = i > 0 ? inBatch.get(i - 1) : null;
        TypicalCase next = i + 1 < inBatch.size() ? inBatch.get(i + 1) : null;
        return new CaseView(card(c, page), batch(batch, page, false), types, proceeding, unit,
                c.region().map(r -> r.name()).orElse(""), campaigns, c.proceeding().documentLabel(), c.documentNumber(),
                c.proceeding().dateLabel(), c.decisionDate().map(Object::toString).orElse(""),
                c.decisionDate().map(ChineseDates::full).orElse(""),
                c.parties().stream().map(p -> new CaseView.Party(p.name(), p.type().label(), p.role())).toList(),
                c.factsLabel(), c.facts().forPage(page.root()), c.resultLabel(), c.result().forPage(page.root()),
                amounts, c.confiscatedItems(), c.transferredToPolice(),
                c.legalBasis().stream().map(b -> new CaseView.Basis("《" + b.law() + "》", String.join("、", b.articles()))).toList(),
                c.significanceLabel(), c.significance().forPage(page.root()),
                c.source().publisher(), c.source().url(), c.source().note(),
                previous == null ? null : LinkView.of(ordinal(batch, previous.position()) + "　" + previous.title(),
                        page.rel(Paths.typicalCase(previous.id()))),
                next == null ? null : LinkView.of(ordinal(batch, next.position()) + "　" + next.title(),
                        page.rel(Paths.typicalCase(next.id()))));
    }

    private static List<LinkView> facetLink(CaseFacet facet, TypicalCase c, CaseBatch batch, PageView page) {
        return facet.values(c, batch).stream()
                .map(v -> LinkView.of(v.label(), page.rel(Paths.caseFacet(facet.folder(), v.slug())))).toList();
    }

    String libraryUrl(PageView page) {
        return page.rel(SitePage.CASES.path());
    }
}

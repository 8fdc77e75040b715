package ipweek.search;

import ipweek.model.Activity;
import ipweek.model.Article;
import ipweek.model.CaseBatch;
import ipweek.model.Channel;
import ipweek.model.GiProduct;
import ipweek.model.Handbook;
import ipweek.model.Law;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.model.Site;
import ipweek.model.StaticPage;
import ipweek.model.TypicalCase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The searchable documents of a site, made from the model (the same records the pages are made from), one method per
 * content type. A new content type is one more line in {@link #from} and one method here.
 */
public final class SearchDocs {

    private SearchDocs() {
    }

    public static List<SearchDoc> from(Site site) {
        // Articles and cases are most of a large site; turning their HTML into text is worth both cores.
        List<SearchDoc> out = new ArrayList<>(site.articles().parallelStream().map(SearchDocs::article).toList());
        site.activities().forEach(a -> out.add(activity(a)));
        out.addAll(site.caseBatches().parallelStream()
                .flatMap(b -> b.cases().stream().map(c -> typicalCase(b, c))).toList());
        site.giProducts().forEach(g -> out.add(gi(g)));
        site.handbook().ifPresent(h -> h.chapters().forEach(c -> out.add(chapter(h, c))));
        site.channels().forEach(c -> out.add(channel(c)));
        site.laws().forEach(l -> out.add(law(l)));
        site.pages().forEach(p -> out.add(page(p)));
        return out;
    }

    static SearchDoc article(Article a) {
        List<String> fields = new ArrayList<>(a.tags());
        fields.addAll(a.keywords());
        fields.addAll(List.of(a.column().label(), a.source(), a.author(), a.govInfo().docNumber(),
                a.govInfo().issuingAuthority()));
        return new SearchDoc(SearchType.NEWS, a.title(), Paths.article(a), a.date().toString(),
                PlainText.join(List.of(a.summary(), PlainText.of(a.body().html()))), fields);
    }

    static SearchDoc activity(Activity a) {
        List<String> fields = new ArrayList<>(List.of(a.form().label(), a.venue(), a.leadUnit(), a.time()));
        fields.addAll(a.partnerUnits());
        a.audience().forEach(x -> fields.add(x.label()));
        return new SearchDoc(SearchType.ACTIVITY, a.title(), Paths.activity(a.id()), a.start().toString(),
                PlainText.of(a.summary().html()), fields);
    }

    static SearchDoc typicalCase(CaseBatch batch, TypicalCase c) {
        List<String> fields = new ArrayList<>(List.of(batch.title(), c.handlingUnit(), c.documentNumber(),
                c.proceeding().label(), c.confiscatedItems()));
        c.region().ifPresent(r -> fields.add(r.name()));
        c.ipTypes().forEach(t -> fields.add(t.label()));
        c.parties().forEach(p -> fields.add(p.name()));
        c.campaigns().forEach(k -> fields.add(k.name()));
        c.legalBasis().forEach(l -> fields.add(l.law()));
        String text = PlainText.join(List.of(PlainText.of(c.facts().html()), PlainText.of(c.result().html()),
                PlainText.of(c.significance().html())));
        String date = c.decisionDate().orElse(batch.published()).toString();
        return new SearchDoc(SearchType.CASE, c.title(), Paths.typicalCase(c.id()), date, text, fields);
    }

    static SearchDoc gi(GiProduct g) {
        List<String> fields = new ArrayList<>(List.of(g.category().label(), g.location().name(), g.originArea()));
        fields.addAll(g.originDetail());
        g.regimes().forEach(r -> fields.add(r.label()));
        g.authorizedUsers().forEach(u -> fields.add(u.name()));
        String text = PlainText.join(List.of(PlainText.of(g.features().html()), PlainText.of(g.history().html()),
                PlainText.of(g.qualityRequirements().html())));
        return new SearchDoc(SearchType.GI, g.name(), Paths.giProduct(g.id()), "", text, fields);
    }

    static SearchDoc chapter(Handbook h, Handbook.Chapter c) {
        return new SearchDoc(SearchType.HANDBOOK, c.title(), Paths.handbookChapter(c.id()), h.published().toString(),
                PlainText.of(c.body().html()), List.of(h.title()));
    }

    static SearchDoc channel(Channel c) {
        List<String> fields = new ArrayList<>(c.phones());
        fields.addAll(List.of(c.kind().label(), c.address(), c.email(), c.hours(), c.fees()));
        c.ipTypes().forEach(t -> fields.add(t.label()));
        String text = PlainText.join(Stream.of(List.of(c.scope()), c.steps(), c.materials(), c.notAccepted(),
                c.legalBasis(), List.of(c.note())).flatMap(List::stream).toList());
        return new SearchDoc(SearchType.CHANNEL, c.name(), Paths.channel(c.id()), "", text, fields);
    }

    static SearchDoc law(Law l) {
        List<String> fields = new ArrayList<>(List.of(l.shortTitle(), l.issuer(), l.docNumber(), l.level().label(),
                l.status().label()));
        l.ipTypes().forEach(t -> fields.add(t.label()));
        return new SearchDoc(SearchType.LAW, l.title(), SitePage.LAWS.path() + "#law-" + l.id(),
                l.effective().toString(), PlainText.clean(l.summary()), fields);
    }

    static SearchDoc page(StaticPage p) {
        return new SearchDoc(SearchType.PAGE, p.title(), Paths.page(p.slug()), "", PlainText.of(p.body().html()),
                List.of());
    }
}

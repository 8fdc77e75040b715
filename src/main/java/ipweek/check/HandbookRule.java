package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.CaseBatch;
import ipweek.model.Channel;
import ipweek.model.GiProduct;
import ipweek.model.Handbook;
import ipweek.model.HandbookInclude;
import ipweek.model.Law;
import ipweek.parse.LoadedContent;
import java.util.List;
import java.util.Optional;

/**
 * What the handbook includes must exist and be fit to print: every id it names is in the data, every include
 * selects something, and no repealed law is printed as if it were in force.
 */
final class HandbookRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        if (content.handbook().isEmpty()) {
            return;
        }
        Handbook handbook = content.handbook().get();
        for (Handbook.Chapter chapter : handbook.chapters()) {
            for (HandbookInclude include : chapter.includes()) {
                if (include instanceof HandbookInclude.Laws laws) {
                    laws(laws, content.laws(), diagnostics);
                } else if (include instanceof HandbookInclude.Channels channels) {
                    channels(channels, content.channels(), diagnostics);
                } else if (include instanceof HandbookInclude.Cases cases) {
                    cases(cases, content.caseBatches(), diagnostics);
                } else if (include instanceof HandbookInclude.Gi gi) {
                    gi(gi, content.giProducts(), diagnostics);
                }
            }
        }
    }

    private static void laws(HandbookInclude.Laws include, List<Law> all, Diagnostics diagnostics) {
        for (String id : include.ids()) {
            Optional<Law> law = all.stream().filter(l -> l.id().equals(id)).findFirst();
            if (law.isEmpty()) {
                diagnostics.report(Problem.DATA_REF_UNKNOWN, include.at(), "include.laws", "法规", id,
                        "写 content/laws.yaml 中某一项的 id");
            } else if (!law.get().status().inForce()) {
                Law l = law.get();
                String replacement = l.replacedBy().isEmpty() ? "" : "，改为收入“" + l.replacedBy() + "”";
                diagnostics.report(Problem.LAW_REPEALED_IN_HANDBOOK, include.at(), "include.laws", l.title(), id,
                        replacement);
            }
        }
        if (include.select(all).isEmpty()) {
            diagnostics.report(Problem.HANDBOOK_INCLUDE_EMPTY, include.at(), "include.laws", include.describe(),
                    "content/laws.yaml（已废止的法规不会被选中）");
        }
    }

    private static void cases(HandbookInclude.Cases include, List<CaseBatch> batches, Diagnostics diagnostics) {
        Optional<CaseBatch> batch = include.batchIn(batches);
        if (batch.isEmpty() && include.unreleased()) {
            return; // published later: the handbook says so until then
        }
        if (batch.isEmpty()) {
            String known = batches.isEmpty() ? "本站还没有典型案例（content/cases/）"
                    : "可用的批次：" + String.join("、", batches.stream().map(CaseBatch::id).toList());
            diagnostics.report(Problem.DATA_REF_UNKNOWN, include.at(), "include.cases.batch", "案例批次", include.batch(),
                    known);
            return;
        }
        for (String id : include.ids()) {
            if (batch.get().cases().stream().noneMatch(c -> c.id().equals(id))) {
                diagnostics.report(Problem.DATA_REF_UNKNOWN, include.at(), "include.cases.ids", "案例", id,
                        "写批次“" + include.batch() + "”中某个案例的 id");
            }
        }
        if (include.select(batches).isEmpty()) {
            diagnostics.report(Problem.HANDBOOK_INCLUDE_EMPTY, include.at(), "include.cases", include.describe(),
                    "content/cases/" + include.batch() + "/");
        }
    }

    private static void gi(HandbookInclude.Gi include, List<GiProduct> products, Diagnostics diagnostics) {
        for (String id : include.ids()) {
            if (products.stream().noneMatch(g -> g.id().equals(id))) {
                diagnostics.report(Problem.DATA_REF_UNKNOWN, include.at(), "include.gi", "地理标志产品", id,
                        "写 content/gi/ 中某个产品的 id（文件名）");
            }
        }
        if (include.select(products).isEmpty()) {
            diagnostics.report(Problem.HANDBOOK_INCLUDE_EMPTY, include.at(), "include.gi", include.describe(),
                    "content/gi/");
        }
    }

    private static void channels(HandbookInclude.Channels include, List<Channel> all, Diagnostics diagnostics) {
        for (String id : include.ids()) {
            if (all.stream().noneMatch(c -> c.id().equals(id))) {
                diagnostics.report(Problem.DATA_REF_UNKNOWN, include.at(), "include.channels", "维权渠道", id,
                        "写 content/channels.yaml 中某一项的 id");
            }
        }
        if (include.select(all).isEmpty()) {
            diagnostics.report(Problem.HANDBOOK_INCLUDE_EMPTY, include.at(), "include.channels", include.describe(),
                    "content/channels.yaml");
        }
    }
}

package ipweek.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A synthetic content tree in the layout of the shared benchmark generator ({@code ../shared/bench/gen_corpus.py},
 * neutral layout), for when that script or Python is not at hand: {@code cases/b0000/000-c00000.yaml} … with the
 * generator's fields and its file numbering ({@code case % 1000}, so numbers repeat inside a batch), one
 * {@code _batch.yaml} per ten cases, and {@code gi/g00000.yaml} products with one PGI protection and users whose
 * 统一社会信用代码 are valid. Same seed, same tree.
 */
public final class CorpusWriter {

    private static final String CHARS = "知识产权保护宣传周活动市场监管部门商标专利地理标志著作权执法案件企业创新品牌质量消费者维权援助"
            + "调解服务中心热线投诉举报网络平台电商直播农产品特色产业乡村振兴打击侵权假冒伪劣商品专项行动";
    private static final List<String> IP_TYPES = List.of("trademark", "counterfeit_patent", "geographical_indication",
            "copyright", "trade_secret", "plant_variety");
    private static final List<String> CAMPAIGNS = List.of("tiequan", "kunlun", "jianwang", "longteng", "qiufeng", "chunlei");
    private static final List<String> CATEGORIES = List.of("grain_oil", "fruit_veg", "tea", "liquor", "livestock_aquatic",
            "herb", "processed_food", "craft");
    private static final List<String> COUNTIES = List.of("浉河区", "平桥区", "罗山县", "光山县", "新县", "商城县", "固始县",
            "潢川县", "淮滨县", "息县");
    private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CorpusWriter() {
    }

    public static void write(Path site, int cases, int products) {
        Random r = new Random(426);
        Path content = site.resolve("content");
        int batches = Math.max(1, cases / 10);
        for (int c = 0; c < cases; c++) {
            int b = c % batches;
            String yaml = "title: \"" + sentence(r, 14, 30) + "案\"\n"
                    + "ip_types: [" + pick(r, IP_TYPES) + "]\n"
                    + "proceeding: administrative_penalty\n"
                    + "handling_unit: " + pick(r, COUNTIES) + "市场监督管理局\n"
                    + "campaigns: [{id: " + pick(r, CAMPAIGNS) + ", year: " + (2018 + c % 8) + "}]\n"
                    + String.format("decision_date: \"20%d-%02d-%02d\"%n", 18 + c % 8, 1 + c % 12, 1 + c % 28)
                    + "amounts: {fine: " + (1 + r.nextInt(500)) * 1000 + "}\n"
                    + "facts: |\n  " + paragraph(r, 5) + "\n"
                    + "result: |\n  " + paragraph(r, 2) + "\n"
                    + "significance: |\n  " + paragraph(r, 3) + "\n";
            write(content.resolve(String.format("cases/b%04d/%03d-c%05d.yaml", b, c % 1000, c)), yaml);
        }
        for (int b = 0; b < batches; b++) {
            write(content.resolve(String.format("cases/b%04d/_batch.yaml", b)),
                    "title: \"第" + (b + 1) + "批典型案例\"\npublisher: 市场监督管理局\npublished: \"2022-04-26\"\n");
        }
        for (int g = 0; g < products; g++) {
            StringBuilder users = new StringBuilder();
            for (int u = 0, n = 1 + r.nextInt(6); u < n; u++) {
                users.append("\n  - {name: ").append(pick(r, COUNTIES)).append("某某农业有限公司").append(u)
                        .append(", uscc: ").append(uscc(r)).append("}");
            }
            String yaml = "name: \"" + pick(r, COUNTIES).substring(0, 2) + sentence(r, 2, 3) + "\"\n"
                    + "category: " + pick(r, CATEGORIES) + "\n"
                    + "location: {name: " + pick(r, COUNTIES) + "}\n"
                    + "protections:\n  - {type: pgi, announcement: \"国家知识产权局公告第" + (100 + r.nextInt(500)) + "号\", "
                    + String.format("approved: \"20%d-0%d-15\"}%n", 10 + g % 14, 1 + g % 9)
                    + "origin_area: \"" + paragraph(r, 1) + "\"\n"
                    + "features: \"" + paragraph(r, 3) + "\"\n"
                    + "authorized_users:" + users + "\n";
            write(content.resolve(String.format("gi/g%05d.yaml", g)), yaml);
        }
    }

    private static String uscc(Random r) {
        StringBuilder body = new StringBuilder("91").append(410000 + r.nextInt(10000));
        for (int i = 0; i < 9; i++) {
            body.append(USCC.charAt(r.nextInt(USCC.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return body.append(USCC.charAt((31 - sum % 31) % 31)).toString();
    }

    private static String pick(Random r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String sentence(Random r, int min, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = min + r.nextInt(max - min + 1); i < n; i++) {
            sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return sb.toString();
    }

    private static String paragraph(Random r, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sb.append(sentence(r, 12, 40)).append(i % 2 == 0 ? "。" : "；");
        }
        return sb.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

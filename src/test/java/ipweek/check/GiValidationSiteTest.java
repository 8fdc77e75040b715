package ipweek.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostic;
import ipweek.diag.Severity;
import ipweek.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation of geographical-indication products, each with its bad input and exact code and position. */
class GiValidationSiteTest {

    @TempDir
    Path dir;

    /** Lines 1–6: a product with one valid PGI protection; {@code extra} follows on line 7. */
    private static String product(String extra) {
        return """
                name: 范川小米
                category: grain_oil
                location: {name: 范川县, code: "419923"}
                protections:
                  - {type: pgi, announcement: 国家知识产权局公告第475号, approved: "2016-02-03"}
                origin_area: 范川县现辖行政区域
                """ + extra + "features: 色泽金黄。\n";
    }

    private TestSite.Built build(String yaml) {
        return TestSite.minimal(dir).bytes("content/media/gi/a.png", TestImages.png(960, 540))
                .file("content/gi/xiaomi.yaml", yaml).build();
    }

    @Test
    void acceptsAValidProduct() {
        build(product("""
                authorized_users:
                  - {name: 范川县某米业有限公司, uscc: 91419923MA9XQJ4K1R}
                images:
                  - {src: media/gi/a.png, alt: 谷穗, credit: 测试局}
                """)).assertOk();
    }

    @Test
    void refusesAUsccWithAWrongCheckCharacter() {
        var built = build(product("""
                authorized_users:
                  - {name: 范川县某米业有限公司, uscc: 91419923MA9XQJ4K1A}
                  - {name: 范川县某食品厂, uscc: 91419923MA9XQJ4K1}
                  - {name: 范川县某农场, uscc: 91419923MA9XQJ4KIY}
                """));
        Diagnostic d = built.assertProblem("USCC_INVALID", "content/gi/xiaomi.yaml", 8, 30);
        assertTrue(d.message().contains("校验码") && d.message().contains("“R”"), d.message());
        assertTrue(built.assertProblem("USCC_INVALID", "content/gi/xiaomi.yaml", 9, 27).message().contains("18位"));
        assertTrue(built.assertProblem("USCC_INVALID", "content/gi/xiaomi.yaml", 10, 26).message().contains("“I”"));
    }

    @Test
    void refusesAgiNumbersOutOfPattern() {
        var built = build(product("").replace("  - {type: pgi,",
                "  - {type: agi, certificate_no: AGI1459, holder: 范川县农业协会, spec_no: AGI2014-2-1497}\n  - {type: pgi,"));
        Diagnostic certificate = built.assertProblem("GI_AGI_FORMAT", "content/gi/xiaomi.yaml", 5, 33);
        assertTrue(certificate.hint().contains("AGI01459"), certificate.hint());
        Diagnostic spec = built.assertProblem("GI_AGI_FORMAT", "content/gi/xiaomi.yaml", 5, 68);
        assertTrue(spec.hint().contains("AGI2014-02-1497"), spec.hint());
    }

    @Test
    void refusesANiceClassOutsideOneToFortyFive() {
        var built = build(product("").replace("  - {type: pgi,", """
                  - {type: gi_mark, mark_kind: certification, registration_no: "12345678", registrant: 范川县协会, nice_class: 46}
                  - {type: gi_mark, mark_kind: collective, registration_no: "12345679", registrant: 范川县协会, nice_class: 0}
                """ + "  - {type: pgi,"));
        built.assertProblem("GI_NICE_CLASS", "content/gi/xiaomi.yaml", 5, 107);
        built.assertProblem("GI_NICE_CLASS", "content/gi/xiaomi.yaml", 6, 104);
    }

    @Test
    void refusesAProductWithoutProtections() {
        var built = build(product("").replace("""
                  - {type: pgi, announcement: 国家知识产权局公告第475号, approved: "2016-02-03"}
                """, "").replace("protections:\n", "protections: []\n"));
        built.assertProblem("GI_PROTECTION_MISSING", "content/gi/xiaomi.yaml", 4, 14);
    }

    @Test
    void refusesProtectionsWithoutTheirRegimesRequiredFields() {
        var built = build(product("").replace("  - {type: pgi, announcement: 国家知识产权局公告第475号, approved: \"2016-02-03\"}", String.join("\n",
                "  - {type: pgi, approved: \"2016-02-03\"}",
                "  - {type: gi_mark, mark_kind: certification, registration_no: \"12345678\", nice_class: 30}",
                "  - {type: agi, certificate_no: AGI01459, spec_no: AGI2014-02-1497}",
                "  - {type: gb}")));
        assertEquals("protections[1].announcement", built.assertProblem("FIELD_REQUIRED", "content/gi/xiaomi.yaml", 5, 5).field());
        assertEquals("protections[2].registrant", built.assertProblem("FIELD_REQUIRED", "content/gi/xiaomi.yaml", 6, 5).field());
        assertEquals("protections[3].holder", built.assertProblem("FIELD_REQUIRED", "content/gi/xiaomi.yaml", 7, 5).field());
        assertTrue(built.assertProblem("FIELD_ENUM", "content/gi/xiaomi.yaml", 8, 12).hint().contains("agi（农产品地理标志）"));
    }

    @Test
    void refusesMissingImageFilesAndImagesWithoutAltOrCredit() {
        var built = build(product("""
                images:
                  - {src: media/gi/none.png, alt: 谷穗, credit: 测试局}
                  - {src: media/gi/a.png, credit: 测试局}
                  - {src: media/gi/a.png, alt: 谷穗}
                """));
        built.assertProblem("IMAGE_MISSING", "content/gi/xiaomi.yaml", 8, 11);
        built.assertProblem("IMAGE_ALT_MISSING", "content/gi/xiaomi.yaml", 9, 5);
        built.assertProblem("IMAGE_CREDIT_MISSING", "content/gi/xiaomi.yaml", 10, 5);
    }

    @Test
    void warnsAboutAnExpiredMarkAndAShopLink() {
        var built = build(product("""
                sources:
                  - {title: 网店, url: "https://item.taobao.com/item.htm?id=1"}
                """).replace("  - {type: pgi,", """
                  - {type: gi_mark, mark_kind: certification, registration_no: "12345678", registrant: 范川县协会, nice_class: 30, valid_until: "2020-01-01"}
                """ + "  - {type: pgi,"));
        built.assertOk();
        assertEquals(Severity.WARNING, built.assertProblem("GI_MARK_EXPIRED", "content/gi/xiaomi.yaml", 5, 124).severity());
        assertEquals(Severity.WARNING, built.assertProblem("GI_SHOP_LINK", "content/gi/xiaomi.yaml", 9, 22).severity());
    }

    @Test
    void reportsDuplicateProductIdsAndIdsThatTakeAFacetFolder() {
        var built = TestSite.minimal(dir).file("content/gi/a.yaml", product("id: same\n"))
                .file("content/gi/b.yaml", product("id: same\n")).file("content/gi/c.yaml", product("id: baohu\n")).build();
        built.assertProblem("GI_ID_DUPLICATE", "content/gi/b.yaml", 1, 1);
        built.assertProblem("OUTPUT_CLASH", "content/gi/c.yaml", 1, 1);
    }

    @Test
    void reportsFilesOutsideTheLayout() {
        var built = TestSite.minimal(dir).file("content/gi/a.yaml", product(""))
                .file("content/gi/old/b.yaml", product("")).build();
        built.assertProblem("DATA_FILE_UNEXPECTED", "content/gi/old/b.yaml");
    }

    @Test
    void navigationToTheExhibitionNeedsProducts() {
        var built = TestSite.minimal(dir).file("content/site.yaml", TestSite.SITE_YAML
                + "nav:\n  - {label: 首页, page: home}\n  - {label: 地理标志, page: gi}\n").build();
        built.assertProblem("NAV_UNKNOWN_PAGE", "content/site.yaml", 14, 5);
    }
}

package ipweek.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostic;
import ipweek.diag.Severity;
import ipweek.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation of typical cases, each with its bad input and the exact code, severity and position. */
class CaseValidationSiteTest {

    @TempDir
    Path dir;

    private static final String BATCH = """
            -- content/cases/b1/_batch.yaml --
            title: 2025年度测试市知识产权保护典型案例
            publisher: 测试市市场监督管理局
            published: "2026-04-20"
            """;

    /** A complete case file; {@code extra} lines are added at the end. */
    private static String caseFile(String name, String extra) {
        return "-- content/cases/b1/" + name + " --\n" + """
                title: 某商行销售侵权商品案
                ip_types: [trademark]
                proceeding: administrative_penalty
                handling_unit: 测试市市场监督管理局
                facts: 当事人销售侵权商品。
                result: 没收侵权商品并处罚款。
                significance: 警示经营者。
                """ + extra;
    }

    private TestSite.Built build(String... files) {
        return TestSite.minimal(dir).with(String.join("\n", files)).build();
    }

    @Test
    void acceptsAValidBatch() {
        build(BATCH, caseFile("01-a.yaml", ""), caseFile("02-b.yaml", "")).assertOk();
    }

    @Test
    void reportsMissingRequiredFieldsOfACase() {
        var built = build(BATCH, """
                -- content/cases/b1/01-a.yaml --
                title: 某商行销售侵权商品案
                proceeding: administrative_penalty
                handling_unit: 测试市市场监督管理局
                facts: 当事人销售侵权商品。
                result: 没收侵权商品并处罚款。
                """);
        assertEquals("ip_types", built.assertProblem("FIELD_REQUIRED", "content/cases/b1/01-a.yaml", 1, 1).field());
        assertTrue(built.problems().stream().anyMatch(d -> d.code().equals("FIELD_REQUIRED") && d.field().equals("significance")));
    }

    @Test
    void reportsMissingRequiredFieldsOfABatch() {
        var built = build("""
                -- content/cases/b1/_batch.yaml --
                title: 测试批次
                published: "2026-04-20"
                """, caseFile("01-a.yaml", ""));
        assertEquals("publisher", built.assertProblem("FIELD_REQUIRED", "content/cases/b1/_batch.yaml", 1, 1).field());
    }

    @Test
    void reportsFolderWithoutBatchFile() {
        build(caseFile("01-a.yaml", "")).assertProblem("FILE_MISSING", "content/cases/b1/_batch.yaml");
    }

    @Test
    void reportsDuplicateAndMissingSequenceNumbersAsErrors() {
        var built = build(BATCH, caseFile("a.yaml", "sequence: 1\n"), caseFile("b.yaml", "sequence: 1\n"),
                caseFile("c.yaml", "sequence: 3\n"));
        Diagnostic duplicate = built.assertProblem("CASE_SEQUENCE", "content/cases/b1/b.yaml", 8, 11);
        assertEquals(Severity.ERROR, duplicate.severity());
        assertTrue(duplicate.message().contains("content/cases/b1/a.yaml 第 8 行"), duplicate.message());
        Diagnostic gap = built.assertProblem("CASE_SEQUENCE", "content/cases/b1/c.yaml", 8, 11);
        assertTrue(gap.message().contains("应为 2"), gap.message());
    }

    @Test
    void sequenceNumbersStartAtOne() {
        var built = build(BATCH, caseFile("a.yaml", "sequence: 2\n"));
        assertTrue(built.assertProblem("CASE_SEQUENCE", "content/cases/b1/a.yaml", 8, 11).message().contains("应为 1"));
    }

    @Test
    void fileNamePrefixesMayStartAtZeroOrOne() {
        build(BATCH, caseFile("000-a.yaml", ""), caseFile("001-b.yaml", ""), caseFile("002-c.yaml", "")).assertOk()
                .assertNoProblem("CASE_FILE_ORDER");
        TestSite.minimal(dir.resolve("one")).with(String.join("\n", BATCH, caseFile("1-a.yaml", ""),
                caseFile("2-b.yaml", ""))).build().assertOk().assertNoProblem("CASE_FILE_ORDER");
    }

    @Test
    void warnsAboutRepeatedOrSkippedFileNamePrefixes() {
        var built = build(BATCH, caseFile("01-a.yaml", ""), caseFile("01-b.yaml", ""), caseFile("04-c.yaml", ""));
        built.assertOk();
        Diagnostic duplicate = built.assertProblem("CASE_FILE_ORDER", "content/cases/b1/01-b.yaml");
        assertEquals(Severity.WARNING, duplicate.severity());
        Diagnostic gap = built.assertProblem("CASE_FILE_ORDER", "content/cases/b1/04-c.yaml");
        assertTrue(gap.message().contains("应为 2"), gap.message());
    }

    @Test
    void warnsAboutCaseFileWithoutNumber() {
        var built = build(BATCH, caseFile("01-a.yaml", ""), caseFile("extra.yaml", ""));
        assertEquals(Severity.WARNING, built.assertOk().assertProblem("CASE_FILE_ORDER", "content/cases/b1/extra.yaml").severity());
    }

    @Test
    void warnsWhenTheCountDiffersFromTheExpectedCount() {
        var built = build(BATCH + "expected_count: 3\n", caseFile("01-a.yaml", ""), caseFile("02-b.yaml", ""));
        Diagnostic d = built.assertOk().assertProblem("CASE_COUNT_MISMATCH", "content/cases/b1/_batch.yaml", 4, 17);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("3") && d.message().contains("2"), d.message());
    }

    @Test
    void warnsAboutABatchWithoutCases() {
        var built = build(BATCH);
        Diagnostic d = built.assertOk().assertProblem("CASE_BATCH_EMPTY", "content/cases/b1/_batch.yaml");
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("2025年度测试市知识产权保护典型案例"), d.message());
        assertTrue(d.hint().contains("--batch b1"), d.hint());
        build(BATCH, caseFile("01-a.yaml", "")).assertOk().assertNoProblem("CASE_BATCH_EMPTY");
    }

    @Test
    void refusesANaturalPersonWhoIsNotAnonymised() {
        var built = build(BATCH, caseFile("01-a.yaml", """
                parties:
                  - {name: 张三, type: natural_person}
                  - {name: 李某, type: natural_person}
                  - {name: 测试市某商行, type: legal_person}
                """));
        Diagnostic d = built.assertProblem("CASE_PARTY_NOT_ANONYMISED", "content/cases/b1/01-a.yaml", 9, 12);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.hint().contains("张某"), d.hint());
        assertEquals(1, built.problems().stream().filter(p -> p.code().equals("CASE_PARTY_NOT_ANONYMISED")).count());
    }

    @Test
    void warnsAboutDocumentNumberWithoutHexagonalBrackets() {
        var built = build(BATCH, caseFile("01-a.yaml", "document_number: 测市监处罚[2025]12号\n"));
        Diagnostic d = built.assertOk().assertProblem("DOC_NUMBER_BRACKETS", "content/cases/b1/01-a.yaml", 8, 18);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.hint().contains("测市监处罚〔2025〕12号"), d.hint());
    }

    @Test
    void acceptsRoundBracketsInACourtCaseNumber() {
        build(BATCH, caseFile("01-a.yaml", "document_number: （2025）豫0901刑初88号\n")
                .replace("administrative_penalty", "criminal")).assertOk().assertNoProblem("DOC_NUMBER_BRACKETS");
    }

    @Test
    void refusesNegativeAndMalformedAmounts() {
        var built = build(BATCH, caseFile("01-a.yaml", """
                amounts:
                  fine: -500
                  illegal_revenue: 187.08万元
                  illegal_gains: 1,200
                  damages: 12.345
                  goods_value: 多
                """));
        assertTrue(built.assertProblem("AMOUNT_INVALID", "content/cases/b1/01-a.yaml", 9, 9).message().contains("负数"));
        assertTrue(built.assertProblem("AMOUNT_INVALID", "content/cases/b1/01-a.yaml", 10, 20).message().contains("1870800"));
        assertTrue(built.assertProblem("AMOUNT_INVALID", "content/cases/b1/01-a.yaml", 11, 18).message().contains("1200"));
        assertTrue(built.assertProblem("AMOUNT_INVALID", "content/cases/b1/01-a.yaml", 12, 12).message().contains("两位小数"));
        assertTrue(built.assertProblem("AMOUNT_INVALID", "content/cases/b1/01-a.yaml", 13, 16).message().contains("不是数字"));
    }

    @Test
    void reportsUnknownAmountKind() {
        var built = build(BATCH, caseFile("01-a.yaml", "amounts: {fines: 500}\n"));
        Diagnostic d = built.assertProblem("FIELD_UNKNOWN", "content/cases/b1/01-a.yaml", 8, 11);
        assertTrue(d.message().contains("fine"), d.message());
    }

    @Test
    void warnsAboutDecisionAfterTheBatchWasPublished() {
        var built = build(BATCH, caseFile("01-a.yaml", "decision_date: \"2026-05-01\"\n"));
        Diagnostic d = built.assertOk().assertProblem("CASE_DECIDED_AFTER_RELEASE", "content/cases/b1/01-a.yaml", 8, 16);
        assertEquals(Severity.WARNING, d.severity());
    }

    @Test
    void warnsAboutATrademarkFineAboveTheLegalLimit() {
        var built = build(BATCH, caseFile("01-a.yaml", "amounts: {illegal_revenue: 60000, fine: 300001}\n"),
                caseFile("02-b.yaml", "amounts: {fine: 250000}\n"), caseFile("03-c.yaml", "amounts: {illegal_revenue: 60000, fine: 300000}\n"));
        Diagnostic d = built.assertOk().assertProblem("CASE_FINE_LIMIT", "content/cases/b1/01-a.yaml", 8, 41);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("300000"), d.message());
        assertEquals(1, built.problems().stream().filter(p -> p.code().equals("CASE_FINE_LIMIT")).count());
    }

    @Test
    void reportsDuplicateCaseIdsAndIdsThatTakeAFacetFolder() {
        var built = build(BATCH, caseFile("01-a.yaml", "id: same\n"), caseFile("02-b.yaml", "id: same\n"),
                caseFile("03-c.yaml", "id: leixing\n"));
        built.assertProblem("CASE_ID_DUPLICATE", "content/cases/b1/02-b.yaml", 1, 1);
        built.assertProblem("OUTPUT_CLASH", "content/cases/b1/03-c.yaml", 1, 1);
    }

    @Test
    void reportsABatchWrittenBothAsAFolderAndAsAFile() {
        var built = build(BATCH, caseFile("01-a.yaml", ""), """
                -- content/cases/b1.yaml --
                title: 重复批次
                publisher: 测试市市场监督管理局
                published: "2026-04-20"
                cases: []
                """);
        built.assertProblem("CASE_BATCH_DUPLICATE", "content/cases/b1.yaml");
    }

    @Test
    void reportsFilesThatAreNeitherBatchesNorCases() {
        var built = build(BATCH, caseFile("01-a.yaml", ""), """
                -- content/cases/b1/notes.txt --
                草稿
                """);
        built.assertProblem("DATA_FILE_UNEXPECTED", "content/cases/b1/notes.txt");
    }

    @Test
    void reportsUnknownCampaignAndOtherCampaignWithoutName() {
        var built = build(BATCH, caseFile("01-a.yaml", "campaigns: [tiequan, {id: leiting, year: 2025}, {id: other}]\n"));
        Diagnostic d = built.assertProblem("FIELD_ENUM", "content/cases/b1/01-a.yaml", 8, 27);
        assertTrue(d.hint().contains("kunlun（昆仑）"), d.hint());
        assertEquals("campaigns[3].name", built.assertProblem("FIELD_REQUIRED", "content/cases/b1/01-a.yaml", 8, 49).field());
    }

    @Test
    void checksAWholeBatchWrittenInOneFile() {
        var built = TestSite.minimal(dir).file("content/cases/b2.yaml", """
                title: 测试批次
                publisher: 测试局
                published: "2026-04-20"
                expected_count: 2
                cases:
                  - title: 案一
                    sequence: 2
                    ip_types: [patent]
                    proceeding: civil
                    handling_unit: 测试市中级人民法院
                    facts: 事实。
                    result: 结果。
                    significance: 意义。
                    parties: [{name: 王五, type: natural_person}]
                """).build();
        built.assertProblem("CASE_SEQUENCE", "content/cases/b2.yaml", 7, 15);
        built.assertProblem("CASE_COUNT_MISMATCH", "content/cases/b2.yaml", 4, 17);
        built.assertProblem("CASE_PARTY_NOT_ANONYMISED", "content/cases/b2.yaml", 14, 22);
    }
}

package ipweek.serve;

import ipweek.build.BuildResult;
import ipweek.diag.Diagnostic;
import ipweek.diag.DiagnosticPrinter;

/**
 * What the preview shows instead of a stale site when the content has errors: every problem with its file, line,
 * source line and hint, in Chinese, and the live-reload script so the page recovers by itself once the editor saves
 * a fix.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(BuildResult result) {
        DiagnosticPrinter printer = new DiagnosticPrinter(result::sourceLine);
        StringBuilder items = new StringBuilder();
        long errors = 0;
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                errors++;
            }
            items.append("<li class=\"").append(d.isError() ? "error" : "warning").append("\"><pre>")
                    .append(escape(printer.format(d))).append("</pre></li>\n");
        }
        return """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>内容有错误 - ipweek 预览</title>
                <style>
                body{font:18px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;background:#fff7f7;color:#1a1a1a}
                main{max-width:60rem;margin:0 auto;padding:1.5rem}
                h1{color:#9b0d14;font-size:1.6rem}
                ol{padding-left:1.2rem}
                li{margin:0 0 1rem;border-left:6px solid #b5121b;background:#fff;padding:.5rem 1rem}
                li.warning{border-color:#8a5a00}
                pre{white-space:pre-wrap;font:16px/1.5 ui-monospace,"Noto Sans Mono CJK SC",monospace;margin:0}
                </style></head>
                <body><main>
                <h1>内容有 %d 个错误，网站暂未更新</h1>
                <p>修改并保存文件后，此页会自动刷新。</p>
                <ol>
                %s</ol>
                </main>%s</body></html>
                """.formatted(errors, items, LiveReload.SCRIPT_TAG);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

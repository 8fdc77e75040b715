<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<main>
<h1>${content.title}</h1>
<p><time>${content.date?string("yyyy-MM-dd")}</time></p>
${content.body}
</main>
</body>
</html>

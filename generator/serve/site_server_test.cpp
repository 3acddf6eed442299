#include "serve/site_server.h"

#include <catch2/catch.hpp>
#include <thread>

#include "core/file_system.h"
#include "serve/content_types.h"
#include "serve/dev_pages.h"

using namespace icbgen;

namespace {

SiteSnapshot snapshot() {
    auto site = std::make_shared<FileSet>();
    site->add("index.html", "<html><head><title>Home</title></head><body>home</body></html>");
    site->add("metrics/a/index.html", "<html><head></head><body class=\"x\">a</body></html>");
    site->add("assets/site.css", "body{}");
    site->add("404.html", "<html><head></head><body>not here</body></html>");
    auto priv = std::make_shared<FileSet>();
    priv->add("2023-07-24-icp/pack.html", "<html><head></head><body>secret</body></html>");
    SiteSnapshot s;
    s.site = site;
    s.private_files = priv;
    return s;
}

HttpResponse get(const SiteServer& server, const std::string& path) {
    return server.handle({"GET", path});
}

}  // namespace

TEST_CASE("serve: a folder is its index.html, a file is itself, typed by its extension") {
    SiteServer server(false);
    server.publish(snapshot());
    auto home = get(server, "/");
    CHECK(home.status == 200);
    CHECK(home.content_type == "text/html; charset=utf-8");
    CHECK(home.body.find("home") != std::string::npos);
    CHECK(get(server, "/metrics/a/").status == 200);
    auto css = get(server, "/assets/site.css");
    CHECK(css.status == 200);
    CHECK(css.content_type == "text/css; charset=utf-8");
    CHECK(css.body == "body{}");
    auto folder = get(server, "/metrics/a");
    CHECK(folder.status == 301);
    CHECK(folder.headers ==
          std::vector<std::pair<std::string, std::string>>{{"Location", "/metrics/a/"}});
    // A folder without an index.html is not listed.
    CHECK(get(server, "/metrics/").status == 404);
    CHECK(get(server, "/assets/").status == 404);
}

TEST_CASE("serve: no path leaves the file set") {
    SiteServer server(true);
    server.publish(snapshot());
    for (const char* path :
         {"/../content/site.yaml", "/metrics/../index.html", "/./index.html", "/metrics/a/..",
          "/..", "/assets\\site.css", "//etc/passwd", "/_private/../index.html", "index.html", ""})
        CHECK(get(server, path).status == 404);
    CHECK(get(server, std::string("/index.html\0x", 13)).status == 404);
}

TEST_CASE("serve: private packs only below /_private/ and only when asked for") {
    SiteServer closed(false);
    closed.publish(snapshot());
    CHECK(get(closed, "/_private/2023-07-24-icp/pack.html").status == 404);
    CHECK(get(closed, "/2023-07-24-icp/pack.html").status != 200);
    SiteServer open(true);
    open.publish(snapshot());
    auto pack = get(open, "/_private/2023-07-24-icp/pack.html");
    CHECK(pack.status == 200);
    CHECK(pack.body.find("secret") != std::string::npos);
    CHECK(pack.body.find("Private (part II) — not for publication") != std::string::npos);
    CHECK(get(open, "/2023-07-24-icp/pack.html").status != 200);
}

TEST_CASE("serve: pages get the reload script, tagged with the build") {
    SiteServer server(false);
    server.publish(snapshot());
    server.publish(snapshot());
    auto page = get(server, "/metrics/a/index.html");
    CHECK(page.body ==
          "<html><head><script src=\"/_icbgen/reload.js\" data-generation=\"2\"></script>\n"
          "</head><body class=\"x\">a</body></html>");
    CHECK(get(server, "/assets/site.css").body == "body{}");
    auto script = get(server, "/_icbgen/reload.js");
    CHECK(script.content_type == "text/javascript; charset=utf-8");
    CHECK(script.body.find("new EventSource(\"/_icbgen/events\")") != std::string::npos);
    auto missing = get(server, "/no/such/page.html");
    CHECK(missing.status == 404);
    CHECK(missing.body.find("not here") != std::string::npos);
}

TEST_CASE("serve: the event stream says hello, then reload after a publish") {
    SiteServer server(false);
    server.publish(snapshot());
    auto events = get(server, "/_icbgen/events");
    CHECK(events.content_type == "text/event-stream");
    std::string chunk;
    REQUIRE(events.stream(chunk));
    CHECK(chunk == "retry: 500\nevent: hello\ndata: 1\n\n");
    server.publish(snapshot());
    chunk.clear();
    REQUIRE(events.stream(chunk));
    CHECK(chunk == "event: reload\ndata: 2\n\n");
    server.shutdown();
    chunk.clear();
    CHECK_FALSE(events.stream(chunk));
}

TEST_CASE("serve: while there are errors every page is the error page") {
    MemoryFileSystem sources;
    sources.add("content/site.yaml", "name: A\narea: [<b>\n");
    Diagnostics d;
    d.error("yaml-syntax", {"content/site.yaml", 2, 7}, "a <bad> thing", "close the bracket");
    SiteSnapshot s = snapshot();
    s.error_page = error_page(d.items(), &sources, {"/assets/site.css"});
    SiteServer server(false);
    server.publish(s);
    auto page = get(server, "/metrics/a/");
    CHECK(page.status == 500);
    CHECK(page.body.find("<strong><code>content/site.yaml:2:7</code></strong> "
                         "error[yaml-syntax]: a &lt;bad&gt; thing</p>") != std::string::npos);
    CHECK(page.body.find(
              "<pre class=\"icbgen-source\"><code>area: [&lt;b&gt;\n      ^</code></pre>") !=
          std::string::npos);
    CHECK(page.body.find("Hint: close the bracket") != std::string::npos);
    CHECK(page.body.find("<link rel=\"stylesheet\" href=\"/assets/site.css\">") !=
          std::string::npos);
    CHECK(page.body.find("/_icbgen/reload.js") != std::string::npos);
    // The stylesheets are still served.
    CHECK(get(server, "/assets/site.css").status == 200);
}

TEST_CASE("serve: warnings are a dismissible panel at the top of each page") {
    Diagnostics w;
    w.warning("ambition-untracked", {"content/x.md", 3, 1}, "not tracked");
    std::string panel = warnings_panel(w.items(), nullptr);
    CHECK(panel.find("1 warning from icbgen check") != std::string::npos);
    CHECK(panel.find("data-icbgen-dismiss=\"icbgen-warnings\"") != std::string::npos);
    CHECK(warnings_panel({}, nullptr).empty());
    std::string page = add_dev_tools("<html><head></head><body>x</body></html>", 1, panel, false);
    CHECK(page.find("<body>\n" + panel) != std::string::npos);
}

TEST_CASE("serve: content types by extension") {
    CHECK(content_type_for("a/b.PDF") == "application/pdf");
    CHECK(content_type_for("a/b.xlsx") ==
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(content_type_for("a.b/c") == "application/octet-stream");
    CHECK(content_type_for("robots.txt") == "text/plain; charset=utf-8");
    CHECK(content_type_for("x.svg") == "image/svg+xml");
}

TEST_CASE("serve: a file still to come waits for the complete snapshot, without a reload") {
    SiteServer server(false);
    SiteSnapshot first = snapshot();
    first.complete = false;
    server.publish(first);
    REQUIRE(server.generation() == 1);
    HttpResponse late;
    std::thread request([&] { late = get(server, "/downloads/book.xlsx"); });
    SiteSnapshot complete = snapshot();
    auto files = std::make_shared<FileSet>(*complete.site);
    files->add("downloads/book.xlsx", "PK");
    complete.site = files;
    server.publish(complete, false);
    request.join();
    CHECK(late.status == 200);
    CHECK(late.body == "PK");
    CHECK(server.generation() == 1);
}

#pragma once
// The HTTP server behind `icbgen serve`: a facade over cpp-httplib (Debian's
// libcpp-httplib-dev), so nothing else in icbgen includes httplib.h. Only GET and HEAD are
// answered (anything else gets 405), request bodies are refused past a small limit, and every
// request goes to one handler function.
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace icbgen {

struct HttpRequest {
    std::string method;  // GET or HEAD
    std::string path;    // percent-decoded, as the library gives it; not normalised
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "text/plain; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    // When set, the body is streamed instead: called again and again, each call appending to
    // `chunk` what to send next (possibly nothing); it returns false to end the response.
    std::function<bool(std::string& chunk)> stream;
};

class HttpServer {
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    explicit HttpServer(Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds `host`:`port` (port 0: one the system chooses). Returns the port, or -1 (with
    // `error` saying why) when it cannot be bound.
    int bind(const std::string& host, int port, std::string& error);
    // Serves until stop() is called (from another thread or a signal watcher).
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace icbgen

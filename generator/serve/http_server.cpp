#include "serve/http_server.h"

#include <httplib.h>

#include <cerrno>
#include <cstring>

namespace icbgen {

namespace {

// Nothing icbgen serves reads a request body: a few kilobytes is plenty.
constexpr std::size_t kMaxRequestBody = 8 * 1024;

}  // namespace

struct HttpServer::Impl {
    httplib::Server server;
    Handler handler;
};

HttpServer::HttpServer(Handler handler) : impl_(std::make_unique<Impl>()) {
    impl_->handler = std::move(handler);
    auto& server = impl_->server;
    server.set_payload_max_length(kMaxRequestBody);
    server.set_keep_alive_timeout(5);
    server.set_read_timeout(10, 0);
    server.set_tcp_nodelay(true);
    // Every request, whatever its method, ends here: no routing table, no mounted folders.
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (req.method != "GET" && req.method != "HEAD") {
            res.status = 405;
            res.set_header("Allow", "GET, HEAD");
            res.set_content("405 Method Not Allowed: only GET and HEAD are served\n",
                            "text/plain; charset=utf-8");
            return httplib::Server::HandlerResponse::Handled;
        }
        HttpResponse out = impl_->handler({req.method, req.path});
        res.status = out.status;
        for (const auto& [name, value] : out.headers) res.set_header(name, value);
        if (out.stream) {
            auto stream = std::move(out.stream);
            res.set_chunked_content_provider(
                out.content_type, [stream](std::size_t, httplib::DataSink& sink) {
                    std::string chunk;
                    bool more = stream(chunk);
                    if (!chunk.empty() && !sink.write(chunk.data(), chunk.size())) return false;
                    if (!more) sink.done();
                    return true;
                });
        } else {
            res.set_content(std::move(out.body), out.content_type);
        }
        return httplib::Server::HandlerResponse::Handled;
    });
}

HttpServer::~HttpServer() = default;

int HttpServer::bind(const std::string& host, int port, std::string& error) {
    auto& server = impl_->server;
    errno = 0;
    if (port == 0) {
        int chosen = server.bind_to_any_port(host);
        if (chosen > 0) return chosen;
    } else if (server.bind_to_port(host, port)) {
        return port;
    }
    error = errno ? std::strerror(errno) : "the address could not be bound";
    return -1;
}

void HttpServer::run() { impl_->server.listen_after_bind(); }

void HttpServer::stop() { impl_->server.stop(); }

}  // namespace icbgen

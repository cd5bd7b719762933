// The practical limit for reading a workspace file on this machine: simdjson parsing it whole
// (a DOM, as a reader that keeps every value needs), printed in milliseconds. scripts/bench.sh
// shows it beside the console's open time and node's and Python's parsers.
#include <simdjson.h>

#include <chrono>
#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: simdjson_parse FILE.json\n");
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (const auto error = parser.load(argv[1]).get(doc)) {
        std::fprintf(stderr, "%s\n", simdjson::error_message(error));
        return 1;
    }
    // Touch the images so that nothing can be skipped.
    std::size_t images = 0;
    for (const auto image : doc["images"].get_array())
        images += image.is_object() ? 1 : 0;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    std::printf("%lld %zu\n", static_cast<long long>(ms), images);
    return 0;
}

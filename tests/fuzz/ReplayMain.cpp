// The main() of the fuzz_replay_* tests: the fuzz target's LLVMFuzzerTestOneInput over every file
// under argv[1] (the committed corpus), then over deterministic mutations of each: the file cut
// at every 64th byte, and with one byte flipped at every 64th position. Each input is an exact-size
// heap copy, so AddressSanitizer (asan preset) sees a read past its end. A crash, a sanitizer
// report (with halt_on_error) or a broken invariant fails the test; so does an empty corpus.
#include "FuzzInput.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

// Some targets set themselves up once; libFuzzer calls this before the first input.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

constexpr size_t kStep = 64;

void runOne(const std::vector<uint8_t>& data, size_t size)
{
    // Exactly `size` bytes: no slack after the end for an over-read to land in unnoticed.
    std::unique_ptr<uint8_t[]> copy(new uint8_t[size]);
    std::copy_n(data.begin(), size, copy.get());
    LLVMFuzzerTestOneInput(copy.get(), size);
}

// How many inputs one file became.
size_t replay(const std::vector<uint8_t>& data)
{
    size_t runs = 0;
    runOne(data, data.size());
    ++runs;
    for (size_t cut = 0; cut < data.size(); cut += kStep) {
        runOne(data, cut);
        ++runs;
    }
    std::vector<uint8_t> flipped = data;
    for (size_t at = 0; at < flipped.size(); at += kStep) {
        flipped[at] ^= 0xff;
        runOne(flipped, flipped.size());
        flipped[at] ^= 0xff;
        ++runs;
    }
    // The last byte too, where a parser's end handling lives.
    if (!flipped.empty()) {
        flipped.back() ^= 0x80;
        runOne(flipped, flipped.size());
        ++runs;
    }
    return runs;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " CORPUS_DIRECTORY\n";
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1], error)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    if (error || files.empty()) {
        std::cerr << argv[1] << ": no corpus files" << (error ? " (" + error.message() + ")" : "") << '\n';
        return 1;
    }
    std::sort(files.begin(), files.end());

    size_t runs = 0;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<uint8_t> data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (!in.eof() && in.fail()) {
            std::cerr << path << ": cannot read\n";
            return 1;
        }
        runs += replay(data);
    }
    std::cout << files.size() << " files, " << runs << " inputs replayed\n";
    return 0;
}

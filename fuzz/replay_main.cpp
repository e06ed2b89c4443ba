// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A plain main for builds without libFuzzer (gcc, CI): runs LLVMFuzzerTestOneInput once on every
// file of the directories (or files) given, so the committed corpora are replayed on every build.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replay(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // A copy of exactly the file's size, so an overread is as visible under ASan as under libFuzzer.
    const std::vector<uint8_t> input(bytes.begin(), bytes.end());
    return LLVMFuzzerTestOneInput(input.data(), input.size()) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    int files = 0;
    int failed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::vector<std::filesystem::path> paths;
        if (std::filesystem::is_directory(arg)) {
            for (const auto &entry : std::filesystem::directory_iterator(arg)) {
                if (entry.is_regular_file()) {
                    paths.push_back(entry.path());
                }
            }
        } else {
            paths.push_back(arg);
        }
        for (const auto &path : paths) {
            ++files;
            if (!replay(path)) {
                ++failed;
                std::fprintf(stderr, "FAILED: %s\n", path.c_str());
            }
        }
    }
    std::printf("replayed %d inputs, %d failed\n", files, failed);
    // No input at all means a wrong path, not a pass.
    return files > 0 && failed == 0 ? 0 : 1;
}

#include "gasbench/storage/chunk_codec.hpp"

#include <bit>
#include <cstring>
#include <string>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {

static_assert(std::endian::native == std::endian::little,
              "packed chunks are little-endian; add byte swapping for this machine");

void appendPackedPoint(std::vector<unsigned char>& chunk, const SeriesPoint& point) {
    std::size_t at = chunk.size();
    chunk.resize(at + kPackedPointSize);
    std::memcpy(chunk.data() + at, &point.stamp, 8);
    std::memcpy(chunk.data() + at + 8, &point.value, 8);
    chunk[at + 16] = static_cast<unsigned char>(point.status);
}

std::vector<SeriesPoint> unpackChunk(std::span<const unsigned char> chunk) {
    if (chunk.size() % kPackedPointSize != 0) {
        throw StorageError("a time series chunk of " + std::to_string(chunk.size()) +
                           " bytes is not a whole number of points");
    }
    std::vector<SeriesPoint> points(chunk.size() / kPackedPointSize);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const unsigned char* p = chunk.data() + i * kPackedPointSize;
        std::memcpy(&points[i].stamp, p, 8);
        std::memcpy(&points[i].value, p + 8, 8);
        points[i].status = static_cast<ReadingStatus>(p[16]);
    }
    return points;
}

}  // namespace gasbench::storage

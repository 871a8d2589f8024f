#pragma once
// A station's lab details as the JSON a run keeps with it, so that a report is headed by the
// lab of the station its runs were made on, whichever config the reader has at hand.

#include <optional>
#include <string>

#include "gasbench/station/station_config.hpp"

namespace gasbench::station {

std::string labDetailsJson(const LabDetails& lab);
// nullopt for an empty text (a run recorded before runs kept their lab) or one that is not
// such an object.
std::optional<LabDetails> parseLabDetailsJson(const std::string& json);

}  // namespace gasbench::station

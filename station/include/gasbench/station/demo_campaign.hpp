#pragma once
// The demo campaign (fixtures/demo/campaign.json): the runs `gasbench demo` makes on the
// simulated bench — each procedure on a conforming and a nonconforming sample.

#include <string>
#include <vector>

namespace gasbench::station {

struct DemoRun {
    std::string sample;
    std::string procedure;
    std::string scenarioFile;  // absolute
    std::string answersFile;   // absolute
};

struct DemoCampaign {
    std::string id;
    std::string stationFile;  // absolute
    double timeScale = 50.0;
    std::vector<DemoRun> runs;
};

// ConfigError naming the field for a bad file; paths are resolved beside the file.
DemoCampaign loadDemoCampaign(const std::string& path);

}  // namespace gasbench::station

// gasbench: the station's command-line program. `gasbench help` lists the verbs.

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>
#include <cstdio>
#include <exception>
#include <iostream>

#include "verb.hpp"

namespace gasbench::cli {

std::map<std::string, Verb>& verbs() {
    static std::map<std::string, Verb> all;
    return all;
}

VerbRegistration::VerbRegistration(Verb v) {
    auto name = v.name;
    verbs().emplace(std::move(name), std::move(v));
}

namespace {

void printHelp(std::ostream& out) {
    out << "usage: gasbench VERB [ARGS...]\n\nverbs:\n";
    for (const auto& [name, verb] : verbs()) {
        out << "  " << name;
        for (std::size_t i = name.size(); i < 12; ++i) out << ' ';
        out << verb.summary << '\n';
    }
    out << "\n`gasbench VERB --help` prints a verb's usage.\n";
}

}  // namespace
}  // namespace gasbench::cli

int main(int argc, char** argv) {
    using namespace gasbench::cli;
    // Paths, JSON, locale: QtCore is used by most verbs. A verb that lays out text (the reports'
    // PDFs) says so; it gets a QGuiApplication, on the offscreen platform without a display.
    const auto named = argc > 1 ? verbs().find(argv[1]) : verbs().end();
    const bool laysOutText = named != verbs().end() && named->second.laysOutText;
    if (laysOutText && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (laysOutText) app = std::make_unique<QGuiApplication>(argc, argv);
    else app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName("gasbench");
    QCoreApplication::setApplicationName("gasbench");

    if (argc < 2) {
        printHelp(std::cerr);
        return 2;
    }
    std::string name = argv[1];
    if (name == "help" || name == "--help" || name == "-h") {
        printHelp(std::cout);
        return 0;
    }
    auto it = verbs().find(name);
    if (it == verbs().end()) {
        std::cerr << "gasbench: unknown verb '" << name << "'\n\n";
        printHelp(std::cerr);
        return 2;
    }
    const Verb& verb = it->second;
    std::vector<std::string> words(argv + 2, argv + argc);
    Args args(words);
    if (args.flag("--help") || args.flag("-h")) {
        std::cout << verb.usage;
        return 0;
    }
    try {
        return verb.run(args);
    } catch (const UsageError& e) {
        std::cerr << "gasbench " << name << ": " << e.what() << "\n\n" << verb.usage;
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "gasbench " << name << ": " << e.what() << '\n';
        return 1;
    }
}

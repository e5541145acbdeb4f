#pragma once

namespace sportello::relay {

// sportello-relay generate …: argv[1] is "generate". Exit 0 done, 1 refused
// (traffic present, relay running, no tree), 2 bad options.
int run_generate(int argc, char** argv);

} // namespace sportello::relay

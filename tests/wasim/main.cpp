// sportello-wasim: the WhatsApp Cloud API simulator (see src/simulator.hpp).
#include "src/cli.hpp"

int main(int argc, char** argv) { return sportello::wasim::run_cli(argc, argv); }

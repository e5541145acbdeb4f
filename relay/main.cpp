// sportello-relay: the WhatsApp relay daemon. All logic lives in the
// sportello_relay library; see relay/src/app/cli.cpp.
#include "app/cli.hpp"

int main(int argc, char** argv) { return sportello::relay::run_cli(argc, argv); }

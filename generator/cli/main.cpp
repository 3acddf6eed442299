#include "cli/app.h"

int main(int argc, char** argv) { return icbgen::run_cli(argc, argv); }

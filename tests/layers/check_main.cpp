// The layer check (CMakeLists.txt, ts_layer_checks): each layer's library is
// linked whole into a program with only the libraries that layer may use, so
// a call into a layer above (or beside) it fails to link.
int main() { return 0; }

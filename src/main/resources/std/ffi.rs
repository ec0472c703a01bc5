// std::ffi (being written)

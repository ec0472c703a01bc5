// std::time (being written)

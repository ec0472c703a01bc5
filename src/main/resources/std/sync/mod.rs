// std::sync (being written)

// std::path (being written)

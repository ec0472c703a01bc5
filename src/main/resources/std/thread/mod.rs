// std::thread (being written)

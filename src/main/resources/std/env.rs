// std::env (being written)

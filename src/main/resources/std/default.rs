pub trait Default: Sized {
    fn default() -> Self;
}

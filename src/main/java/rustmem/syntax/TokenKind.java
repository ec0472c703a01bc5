package rustmem.syntax;

/** The kinds of Rust tokens; compound punctuation is lexed whole and split by the parser where needed. */
public enum TokenKind {
    IDENT(null), RAW_IDENT(null), LIFETIME(null), LITERAL(null), DOC_COMMENT(null),
    SEMI(";"), COMMA(","), DOT("."), DOTDOT(".."), DOTDOTDOT("..."), DOTDOTEQ("..="),
    COLON(":"), PATHSEP("::"), RARROW("->"), FATARROW("=>"), LARROW("<-"), POUND("#"), DOLLAR("$"),
    QUESTION("?"), TILDE("~"), AT("@"),
    EQ("="), EQEQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), NOT("!"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), CARET("^"), AND("&"), OR("|"),
    ANDAND("&&"), OROR("||"), SHL("<<"), SHR(">>"),
    PLUSEQ("+="), MINUSEQ("-="), STAREQ("*="), SLASHEQ("/="), PERCENTEQ("%="), CARETEQ("^="),
    ANDEQ("&="), OREQ("|="), SHLEQ("<<="), SHREQ(">>="),
    OPEN_PAREN("("), CLOSE_PAREN(")"), OPEN_BRACKET("["), CLOSE_BRACKET("]"),
    OPEN_BRACE("{"), CLOSE_BRACE("}"),
    EOF(null);

    /** The fixed spelling of a punctuation token, null for tokens that carry text. */
    public final String spelling;

    TokenKind(String spelling) { this.spelling = spelling; }

    public boolean isOpenDelim() { return this == OPEN_PAREN || this == OPEN_BRACKET || this == OPEN_BRACE; }

    public boolean isCloseDelim() { return this == CLOSE_PAREN || this == CLOSE_BRACKET || this == CLOSE_BRACE; }
}

// A tiny Markdown-to-HTML converter (headers, lists, bold, italics).

#[derive(Debug, PartialEq)]
pub enum Block {
    Header(usize, String),
    ListItem(String),
    Paragraph(String),
}

fn inline(text: &str) -> String {
    let mut out = text.to_string();
    for (marker, tag) in [("__", "strong"), ("_", "em")] {
        let parts: Vec<&str> = out.split(marker).collect();
        if parts.len() >= 3 && parts.len() % 2 == 1 {
            let mut rebuilt = String::new();
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    let open = i % 2 == 1;
                    rebuilt.push_str(&format!("<{}{}>", if open { "" } else { "/" }, tag));
                }
                rebuilt.push_str(part);
            }
            out = rebuilt;
        }
    }
    out
}

pub fn parse_line(line: &str) -> Result<Block, String> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if hashes > 0 {
        if hashes > 6 {
            return Err(format!("header level {} is too deep", hashes));
        }
        return match line[hashes..].strip_prefix(' ') {
            Some(rest) => Ok(Block::Header(hashes, inline(rest))),
            None => Ok(Block::Paragraph(inline(line))),
        };
    }
    if let Some(rest) = line.strip_prefix("* ") {
        return Ok(Block::ListItem(inline(rest)));
    }
    Ok(Block::Paragraph(inline(line)))
}

pub fn to_html(markdown: &str) -> Result<String, String> {
    let mut html = String::new();
    let mut in_list = false;
    for line in markdown.lines() {
        let block = parse_line(line)?;
        let is_item = matches!(block, Block::ListItem(_));
        if is_item && !in_list {
            html.push_str("<ul>");
        } else if !is_item && in_list {
            html.push_str("</ul>");
        }
        in_list = is_item;
        match block {
            Block::Header(n, t) => html.push_str(&format!("<h{n}>{t}</h{n}>")),
            Block::ListItem(t) => html.push_str(&format!("<li>{}</li>", t)),
            Block::Paragraph(t) => html.push_str(&format!("<p>{}</p>", t)),
        }
    }
    if in_list {
        html.push_str("</ul>");
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph() -> Result<(), String> {
        assert_eq!(to_html("This will be a paragraph")?, "<p>This will be a paragraph</p>");
        Ok(())
    }

    #[test]
    fn italics_and_bold() -> Result<(), String> {
        assert_eq!(to_html("_This will be italic_")?, "<p><em>This will be italic</em></p>");
        assert_eq!(to_html("__This will be bold__")?, "<p><strong>This will be bold</strong></p>");
        Ok(())
    }

    #[test]
    fn headers() -> Result<(), String> {
        assert_eq!(to_html("# Title")?, "<h1>Title</h1>");
        assert_eq!(to_html("###### Small")?, "<h6>Small</h6>");
        Ok(())
    }

    #[test]
    fn hash_without_space_is_paragraph() {
        assert_eq!(parse_line("#hashtag"), Ok(Block::Paragraph("#hashtag".into())));
    }

    #[test]
    fn unordered_list() -> Result<(), String> {
        let html = to_html("# Shopping\n* __milk__\n* _eggs_\nthat's all")?;
        println!("{}", html);
        assert_eq!(
            html,
            "<h1>Shopping</h1><ul><li><strong>milk</strong></li><li><em>eggs</em></li></ul><p>that's all</p>"
        );
        Ok(())
    }

    #[test]
    fn seven_hashes_fail() {
        assert_eq!(parse_line("####### Too deep"), Err("header level 7 is too deep".to_string()));
    }

    #[test]
    fn document_with_deep_header() -> Result<(), String> {
        // Student expected level-7 headers to become paragraphs, but the parser errors.
        let html = to_html("# Doc\n####### Notes")?;
        assert_eq!(html, "<h1>Doc</h1><p>####### Notes</p>");
        Ok(())
    }
}

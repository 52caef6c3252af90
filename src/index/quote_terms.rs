//! `quote:false` in a query's words, for an index that marks quoting sentences only.
//!
//! The `quote` field holds a term for the sentences that quote (`quote:true`) and none for the
//! others: a value on every sentence cost 1% of an ingest's instructions for a term that nearly
//! every query leaves alone. A query asking for `quote:false` is read as "not `quote:true`".

use tantivy::query_grammar::{Occur, UserInputAst, UserInputLeaf};

/// The field whose `false` the index does not hold.
const QUOTE_FIELD: &str = "quote";

/// `ast` with every `quote:false` in it made "all but `quote:true`", or `None` when it holds
/// none (the query is then parsed as written).
pub fn with_quote_false_negated(ast: UserInputAst) -> Option<UserInputAst> {
    let mut changed = false;
    let ast = rewrite(ast, &mut changed);
    changed.then_some(ast)
}

fn rewrite(ast: UserInputAst, changed: &mut bool) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .map(|(occur, clause)| (occur, rewrite(clause, changed)))
                .collect(),
        ),
        UserInputAst::Boost(inner, boost) => {
            UserInputAst::Boost(Box::new(rewrite(*inner, changed)), boost)
        }
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(literal)
                if literal.field_name.as_deref() == Some(QUOTE_FIELD)
                    && literal.phrase == "false" =>
            {
                *changed = true;
                let quoting = UserInputLeaf::Literal(tantivy::query_grammar::UserInputLiteral {
                    phrase: "true".to_string(),
                    ..literal
                });
                UserInputAst::Clause(vec![
                    (
                        Some(Occur::Must),
                        UserInputAst::Leaf(Box::new(UserInputLeaf::All)),
                    ),
                    (Some(Occur::MustNot), UserInputAst::Leaf(Box::new(quoting))),
                ])
            }
            other => UserInputAst::Leaf(Box::new(other)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(query: &str) -> Option<String> {
        let ast = tantivy::query_grammar::parse_query(query).unwrap();
        with_quote_false_negated(ast).map(|ast| format!("{ast:?}"))
    }

    #[test]
    fn quote_false_becomes_all_but_quote_true_wherever_it_is() {
        assert_eq!(rewritten("quote:false").unwrap(), r#"(+* -"quote":true)"#);
        let nested = rewritten("trump AND (quote:false OR ban)").unwrap();
        assert!(nested.contains(r#"(+* -"quote":true)"#), "{nested}");
        assert!(
            nested.contains("trump") && nested.contains("ban"),
            "{nested}"
        );
    }

    #[test]
    fn a_query_without_quote_false_is_left_as_written() {
        assert_eq!(rewritten("quote:true"), None);
        assert_eq!(rewritten("trump -quote:true"), None);
        assert_eq!(rewritten("\"quote false\""), None);
        assert_eq!(rewritten("other:false"), None);
    }
}

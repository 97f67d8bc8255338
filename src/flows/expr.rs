//! The small expression language of flow files, after XLSForm's `relevant`,
//! `constraint` and `calculation` columns:
//!
//! ```text
//! reason == 'from-abroad' and count(members) >= 1
//! age(birth_date) < 14
//! assegno_sociale * (1 + 0.5 * count(family))
//! today() >= date('2026-01-13') and today() <= date('2026-02-14')
//! ```
//!
//! Parsed once when the flow loads (errors name the column), evaluated on
//! every change. Unanswered fields are `null`; comparisons with null are
//! false, arithmetic with null is null: an unanswered branch stays closed.

use std::fmt;

use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Date(Date),
    /// The options chosen in a multiple choice.
    List(Vec<String>),
}

impl Value {
    pub fn truthy(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => *n != 0.0,
            Value::Text(t) => !t.is_empty(),
            Value::Date(_) => true,
            Value::List(l) => !l.is_empty(),
        }
    }

    fn number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }
}

/// What an expression can ask about the answers.
pub trait Scope {
    /// The value of a field (or computed value) by name.
    fn value(&self, name: &str) -> Value;
    /// How many items a repeat group has.
    fn count(&self, group: &str) -> usize;
    /// How many items of a repeat group satisfy a condition on their answers.
    fn count_if(&self, group: &str, condition: &Expr) -> usize;
    fn today(&self) -> Date;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
}

/// The functions an expression may call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Function {
    /// `count(group)`: items in a repeat group.
    Count,
    /// `count_if(group, condition)`: items for which the condition holds.
    CountIf,
    /// `answered(field)`: whether the field has a value.
    Answered,
    /// `age(date_field)`: whole years from that date to today.
    Age,
    /// `selected(field, 'option')`: a multiple choice includes the option.
    Selected,
    /// `if(condition, then, else)`.
    If,
    Min,
    Max,
    /// `length(field)`: characters in a text answer.
    Length,
    /// `today()`: the day of the session.
    Today,
}

impl Function {
    fn from_name(name: &str) -> Option<(Self, usize)> {
        Some(match name {
            "count" => (Function::Count, 1),
            "count_if" => (Function::CountIf, 2),
            "answered" => (Function::Answered, 1),
            "age" => (Function::Age, 1),
            "selected" => (Function::Selected, 2),
            "if" => (Function::If, 3),
            "min" => (Function::Min, 2),
            "max" => (Function::Max, 2),
            "length" => (Function::Length, 1),
            "today" => (Function::Today, 0),
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Literal(Value),
    Field(String),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Call(Function, Vec<Expr>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Byte offset in the expression.
    pub at: usize,
    pub problem: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at character {}: {}", self.at + 1, self.problem)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(f64),
    Text(String),
    Ident(String),
    Op(&'static str),
    LParen,
    RParen,
    Comma,
}

fn tokenize(source: &str) -> Result<Vec<(usize, Token)>, ParseError> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].1.is_ascii_digit() || chars[i].1 == '.') {
                i += 1;
            }
            let text: String = chars[start..i].iter().map(|(_, c)| c).collect();
            let n = text.parse().map_err(|_| ParseError {
                at,
                problem: format!("`{text}` is not a number"),
            })?;
            tokens.push((at, Token::Number(n)));
            continue;
        }
        if c == '\'' {
            let start = i + 1;
            i += 1;
            while i < chars.len() && chars[i].1 != '\'' {
                i += 1;
            }
            if i == chars.len() {
                return Err(ParseError {
                    at,
                    problem: "a text is not closed with '".into(),
                });
            }
            tokens.push((
                at,
                Token::Text(chars[start..i].iter().map(|(_, c)| c).collect()),
            ));
            i += 1;
            continue;
        }
        if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len()
                && (chars[i].1.is_ascii_alphanumeric() || matches!(chars[i].1, '_' | '-'))
            {
                i += 1;
            }
            tokens.push((
                at,
                Token::Ident(chars[start..i].iter().map(|(_, c)| c).collect()),
            ));
            continue;
        }
        let two: String = chars[i..(i + 2).min(chars.len())]
            .iter()
            .map(|(_, c)| c)
            .collect();
        let op = ["==", "!=", "<=", ">="].into_iter().find(|op| two == *op);
        if let Some(op) = op {
            tokens.push((at, Token::Op(op)));
            i += 2;
            continue;
        }
        let token = match c {
            '(' => Token::LParen,
            ')' => Token::RParen,
            ',' => Token::Comma,
            '<' => Token::Op("<"),
            '>' => Token::Op(">"),
            '+' => Token::Op("+"),
            '-' => Token::Op("-"),
            '*' => Token::Op("*"),
            '/' => Token::Op("/"),
            _ => {
                return Err(ParseError {
                    at,
                    problem: format!("unexpected `{c}`"),
                });
            }
        };
        tokens.push((at, token));
        i += 1;
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<(usize, Token)>,
    position: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.position).map(|(_, t)| t)
    }

    fn at(&self) -> usize {
        self.tokens
            .get(self.position)
            .map_or(self.end, |(at, _)| *at)
    }

    fn error<T>(&self, problem: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError {
            at: self.at(),
            problem: problem.into(),
        })
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.position).map(|(_, t)| t.clone());
        self.position += 1;
        token
    }

    fn keyword(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some(Token::Ident(w)) if w == word) {
            self.position += 1;
            true
        } else {
            false
        }
    }

    fn op(&mut self, ops: &[&'static str]) -> Option<&'static str> {
        match self.peek() {
            Some(Token::Op(op)) if ops.contains(op) => {
                let op = *op;
                self.position += 1;
                Some(op)
            }
            _ => None,
        }
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.and()?;
        while self.keyword("or") {
            left = Expr::Binary(BinaryOp::Or, Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.not()?;
        while self.keyword("and") {
            left = Expr::Binary(BinaryOp::And, Box::new(left), Box::new(self.not()?));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, ParseError> {
        if self.keyword("not") {
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, ParseError> {
        let left = self.sum()?;
        let Some(op) = self.op(&["==", "!=", "<", "<=", ">", ">="]) else {
            return Ok(left);
        };
        let op = match op {
            "==" => BinaryOp::Eq,
            "!=" => BinaryOp::Ne,
            "<" => BinaryOp::Lt,
            "<=" => BinaryOp::Le,
            ">" => BinaryOp::Gt,
            _ => BinaryOp::Ge,
        };
        Ok(Expr::Binary(op, Box::new(left), Box::new(self.sum()?)))
    }

    fn sum(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.product()?;
        while let Some(op) = self.op(&["+", "-"]) {
            let op = if op == "+" {
                BinaryOp::Add
            } else {
                BinaryOp::Sub
            };
            left = Expr::Binary(op, Box::new(left), Box::new(self.product()?));
        }
        Ok(left)
    }

    fn product(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.unary()?;
        while let Some(op) = self.op(&["*", "/"]) {
            let op = if op == "*" {
                BinaryOp::Mul
            } else {
                BinaryOp::Div
            };
            left = Expr::Binary(op, Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        if self.op(&["-"]).is_some() {
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Expr, ParseError> {
        let at = self.at();
        match self.next() {
            Some(Token::Number(n)) => Ok(Expr::Literal(Value::Number(n))),
            Some(Token::Text(t)) => Ok(Expr::Literal(Value::Text(t))),
            Some(Token::LParen) => {
                let inner = self.or()?;
                match self.next() {
                    Some(Token::RParen) => Ok(inner),
                    _ => Err(ParseError {
                        at,
                        problem: "a `(` is not closed".into(),
                    }),
                }
            }
            Some(Token::Ident(word)) => match word.as_str() {
                "true" => Ok(Expr::Literal(Value::Bool(true))),
                "false" => Ok(Expr::Literal(Value::Bool(false))),
                "null" => Ok(Expr::Literal(Value::Null)),
                // `date('2026-01-13')`: a calendar date, checked here.
                "date" if self.peek() == Some(&Token::LParen) => {
                    self.position += 1;
                    let text = match self.next() {
                        Some(Token::Text(t)) => t,
                        _ => return self.error("`date(` takes one quoted ISO date"),
                    };
                    if self.next() != Some(Token::RParen) {
                        return self.error("`date(` is not closed");
                    }
                    match text.parse::<Date>() {
                        Ok(d) => Ok(Expr::Literal(Value::Date(d))),
                        Err(_) => Err(ParseError {
                            at,
                            problem: format!("`{text}` is not a date: write 2026-01-13"),
                        }),
                    }
                }
                _ if self.peek() == Some(&Token::LParen) => {
                    let Some((function, arity)) = Function::from_name(&word) else {
                        return Err(ParseError {
                            at,
                            problem: format!("unknown function `{word}`"),
                        });
                    };
                    self.position += 1;
                    let mut args = Vec::new();
                    if self.peek() != Some(&Token::RParen) {
                        loop {
                            args.push(self.or()?);
                            if self.peek() == Some(&Token::Comma) {
                                self.position += 1;
                            } else {
                                break;
                            }
                        }
                    }
                    if self.next() != Some(Token::RParen) {
                        return Err(ParseError {
                            at,
                            problem: format!("`{word}(` is not closed"),
                        });
                    }
                    if args.len() != arity {
                        return Err(ParseError {
                            at,
                            problem: format!(
                                "`{word}` takes {arity} argument(s), not {}",
                                args.len()
                            ),
                        });
                    }
                    Ok(Expr::Call(function, args))
                }
                _ => Ok(Expr::Field(word)),
            },
            Some(other) => Err(ParseError {
                at,
                problem: format!("unexpected {other:?}"),
            }),
            None => self.error("the expression ends too early"),
        }
    }
}

impl Expr {
    pub fn parse(source: &str) -> Result<Expr, ParseError> {
        let mut parser = Parser {
            tokens: tokenize(source)?,
            position: 0,
            end: source.len(),
        };
        let expr = parser.or()?;
        if parser.position < parser.tokens.len() {
            return parser.error("unexpected text after the expression");
        }
        Ok(expr)
    }

    /// Every field name the expression reads (for load-time checks).
    pub fn fields(&self, out: &mut Vec<String>) {
        match self {
            Expr::Literal(_) => {}
            Expr::Field(name) => out.push(name.clone()),
            Expr::Not(e) | Expr::Neg(e) => e.fields(out),
            Expr::Binary(_, a, b) => {
                a.fields(out);
                b.fields(out);
            }
            Expr::Call(_, args) => args.iter().for_each(|a| a.fields(out)),
        }
    }

    pub fn eval(&self, scope: &dyn Scope) -> Value {
        match self {
            Expr::Literal(v) => v.clone(),
            Expr::Field(name) => scope.value(name),
            Expr::Not(e) => Value::Bool(!e.eval(scope).truthy()),
            Expr::Neg(e) => e
                .eval(scope)
                .number()
                .map_or(Value::Null, |n| Value::Number(-n)),
            Expr::Binary(op, a, b) => binary(*op, a, b, scope),
            Expr::Call(function, args) => call(*function, args, scope),
        }
    }
}

fn binary(op: BinaryOp, a: &Expr, b: &Expr, scope: &dyn Scope) -> Value {
    match op {
        BinaryOp::Or => return Value::Bool(a.eval(scope).truthy() || b.eval(scope).truthy()),
        BinaryOp::And => return Value::Bool(a.eval(scope).truthy() && b.eval(scope).truthy()),
        _ => {}
    }
    let (a, b) = (a.eval(scope), b.eval(scope));
    if a == Value::Null || b == Value::Null {
        return match op {
            BinaryOp::Eq => Value::Bool(a == b),
            BinaryOp::Ne => Value::Bool(a != b),
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => Value::Null,
            _ => Value::Bool(false),
        };
    }
    let ordering = match (&a, &b) {
        (Value::Number(x), Value::Number(y)) => x.partial_cmp(y),
        (Value::Text(x), Value::Text(y)) => Some(x.cmp(y)),
        (Value::Date(x), Value::Date(y)) => Some(x.cmp(y)),
        (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(y)),
        _ => None,
    };
    use std::cmp::Ordering::{Equal, Greater, Less};
    match op {
        BinaryOp::Eq => Value::Bool(ordering == Some(Equal) || a == b),
        BinaryOp::Ne => Value::Bool(!(ordering == Some(Equal) || a == b)),
        BinaryOp::Lt => Value::Bool(ordering == Some(Less)),
        BinaryOp::Le => Value::Bool(matches!(ordering, Some(Less | Equal))),
        BinaryOp::Gt => Value::Bool(ordering == Some(Greater)),
        BinaryOp::Ge => Value::Bool(matches!(ordering, Some(Greater | Equal))),
        _ => match (a.number(), b.number()) {
            (Some(x), Some(y)) => {
                let n = match op {
                    BinaryOp::Add => x + y,
                    BinaryOp::Sub => x - y,
                    BinaryOp::Mul => x * y,
                    _ if y == 0.0 => return Value::Null,
                    _ => x / y,
                };
                Value::Number(n)
            }
            _ => Value::Null,
        },
    }
}

fn call(function: Function, args: &[Expr], scope: &dyn Scope) -> Value {
    let field_name = |i: usize| match args.get(i) {
        Some(Expr::Field(name)) => Some(name.as_str()),
        _ => None,
    };
    match function {
        Function::Count => {
            field_name(0).map_or(Value::Null, |g| Value::Number(scope.count(g) as f64))
        }
        Function::CountIf => match (field_name(0), args.get(1)) {
            (Some(group), Some(condition)) => {
                Value::Number(scope.count_if(group, condition) as f64)
            }
            _ => Value::Null,
        },
        Function::Answered => {
            Value::Bool(args.first().is_some_and(|a| a.eval(scope) != Value::Null))
        }
        Function::Age => match args.first().map(|a| a.eval(scope)) {
            Some(Value::Date(born)) => Value::Number(f64::from(crate::validate::numbers::age_on(
                born,
                scope.today(),
            ))),
            _ => Value::Null,
        },
        Function::Selected => match (
            args.first().map(|a| a.eval(scope)),
            args.get(1).map(|a| a.eval(scope)),
        ) {
            (Some(Value::List(chosen)), Some(Value::Text(option))) => {
                Value::Bool(chosen.contains(&option))
            }
            (Some(Value::Text(chosen)), Some(Value::Text(option))) => Value::Bool(chosen == option),
            _ => Value::Bool(false),
        },
        Function::If => {
            let (Some(c), Some(t), Some(e)) = (args.first(), args.get(1), args.get(2)) else {
                return Value::Null;
            };
            if c.eval(scope).truthy() {
                t.eval(scope)
            } else {
                e.eval(scope)
            }
        }
        Function::Min | Function::Max => {
            let values: Option<Vec<f64>> = args.iter().map(|a| a.eval(scope).number()).collect();
            match values.as_deref() {
                Some([x, y]) => Value::Number(if function == Function::Min {
                    x.min(*y)
                } else {
                    x.max(*y)
                }),
                _ => Value::Null,
            }
        }
        Function::Length => match args.first().map(|a| a.eval(scope)) {
            Some(Value::Text(t)) => Value::Number(t.chars().count() as f64),
            _ => Value::Null,
        },
        Function::Today => Value::Date(scope.today()),
    }
}

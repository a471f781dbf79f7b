//! The raw form: every input as the user typed it, keyed by the same ids the page uses for its
//! elements, the URL fragment and the command line's flags. Nothing here is validated; see
//! [`crate::input`] for that.

use serde::Serialize;

/// One input of the form. `id()` is the element id, the fragment key and the CLI flag name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Owner,
    Repo,
    Scope,
    Branches,
    Environment,
    SubjectFormat,
    OwnerId,
    RepoId,
    Account,
    Region,
    EcrRepo,
    RoleName,
    PolicyName,
    SessionDuration,
    RoleArnSource,
    PinActions,
    WorkflowFile,
    CreateEcrRepo,
    ImmutableTags,
    GithubHost,
    GithubHostName,
    Tags,
    PullRequests,
    PullRequestsConfirm,
    Access,
    ExtraRepos,
    RegistryAccount,
    SubjectTemplate,
    ReusableWorkflow,
    Comments,
}

impl Field {
    pub const ALL: [Field; 30] = [
        Field::Owner,
        Field::Repo,
        Field::Scope,
        Field::Branches,
        Field::Environment,
        Field::SubjectFormat,
        Field::OwnerId,
        Field::RepoId,
        Field::Account,
        Field::Region,
        Field::EcrRepo,
        Field::RoleName,
        Field::PolicyName,
        Field::SessionDuration,
        Field::RoleArnSource,
        Field::PinActions,
        Field::WorkflowFile,
        Field::CreateEcrRepo,
        Field::ImmutableTags,
        Field::GithubHost,
        Field::GithubHostName,
        Field::Tags,
        Field::PullRequests,
        Field::PullRequestsConfirm,
        Field::Access,
        Field::ExtraRepos,
        Field::RegistryAccount,
        Field::SubjectTemplate,
        Field::ReusableWorkflow,
        Field::Comments,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Field::Owner => "owner",
            Field::Repo => "repo",
            Field::Scope => "scope",
            Field::Branches => "branches",
            Field::Environment => "environment",
            Field::SubjectFormat => "subject-format",
            Field::OwnerId => "owner-id",
            Field::RepoId => "repo-id",
            Field::Account => "account",
            Field::Region => "region",
            Field::EcrRepo => "ecr-repo",
            Field::RoleName => "role-name",
            Field::PolicyName => "policy-name",
            Field::SessionDuration => "session-duration",
            Field::RoleArnSource => "role-arn-source",
            Field::PinActions => "pin-actions",
            Field::WorkflowFile => "workflow-file",
            Field::CreateEcrRepo => "create-ecr-repo",
            Field::ImmutableTags => "immutable-tags",
            Field::GithubHost => "github-host",
            Field::GithubHostName => "github-host-name",
            Field::Tags => "tags",
            Field::PullRequests => "pull-requests",
            Field::PullRequestsConfirm => "pull-requests-confirm",
            Field::Access => "access",
            Field::ExtraRepos => "extra-repos",
            Field::RegistryAccount => "registry-account",
            Field::SubjectTemplate => "subject-template",
            Field::ReusableWorkflow => "reusable-workflow",
            Field::Comments => "comments",
        }
    }

    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }

    /// True for the checkbox fields, whose values are `true` or `false`.
    pub fn is_flag(self) -> bool {
        matches!(
            self,
            Field::PinActions
                | Field::CreateEcrRepo
                | Field::ImmutableTags
                | Field::PullRequests
                | Field::PullRequestsConfirm
        )
    }
}

/// The values a select field offers, in the order the page lists them (empty for other fields).
pub fn choices(field: Field) -> &'static [&'static str] {
    match field {
        Field::Scope => &["branches", "environment", "any-branch", "owner-wide"],
        Field::SubjectFormat => &["name", "immutable", "both"],
        Field::RoleArnSource => &["vars", "secrets", "inline"],
        Field::GithubHost => &["github.com", "enterprise", "ghe.com", "ghes"],
        Field::Access => &["push", "pull"],
        Field::Comments => &["en", "ko"],
        _ => &[],
    }
}

/// Every input as typed. Empty `ecr_repo`, `role_name` and `policy_name` mean "derive from the
/// repository name".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    values: [String; Field::ALL.len()],
}

impl Default for Form {
    /// The example the page opens with: it generates clean artifacts right away.
    fn default() -> Self {
        let mut form = Form::empty();
        for (field, value) in [
            (Field::Owner, "octo-org"),
            (Field::Repo, "octo-repo"),
            (Field::Scope, "branches"),
            (Field::Branches, "main"),
            (Field::SubjectFormat, "name"),
            (Field::Account, "123456789012"),
            (Field::Region, "us-east-1"),
            (Field::SessionDuration, "3600"),
            (Field::RoleArnSource, "vars"),
            (Field::PinActions, "true"),
            (Field::WorkflowFile, "ecr-push.yml"),
            (Field::CreateEcrRepo, "true"),
            (Field::ImmutableTags, "false"),
            (Field::GithubHost, "github.com"),
            (Field::PullRequests, "false"),
            (Field::PullRequestsConfirm, "false"),
            (Field::Access, "push"),
            (Field::Comments, "en"),
        ] {
            form.set(field, value);
        }
        form
    }
}

impl Form {
    /// A form with every field empty (no defaults).
    pub fn empty() -> Self {
        Form {
            values: std::array::from_fn(|_| String::new()),
        }
    }

    fn index(field: Field) -> usize {
        Field::ALL.iter().position(|f| *f == field).unwrap_or(0)
    }

    pub fn get(&self, field: Field) -> &str {
        &self.values[Self::index(field)]
    }

    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        self.values[Self::index(field)] = value.into();
    }

    pub fn with(mut self, field: Field, value: impl Into<String>) -> Self {
        self.set(field, value);
        self
    }

    /// Checkbox value: `true`, `1`, `on` and `yes` are true; anything else is false.
    pub fn flag(&self, field: Field) -> bool {
        matches!(
            self.get(field).trim().to_ascii_lowercase().as_str(),
            "true" | "1" | "on" | "yes"
        )
    }

    /// Encodes every field as `key=value&...` (without the leading `#`), percent-encoding values.
    pub fn to_fragment(&self) -> String {
        Field::ALL
            .iter()
            .map(|f| format!("{}={}", f.id(), percent_encode(self.get(*f))))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads a fragment (with or without the leading `#`) on top of the defaults. Unknown keys
    /// and values that are not valid percent-encoded UTF-8 are reported, never guessed at.
    pub fn from_fragment(fragment: &str) -> (Form, Vec<FragmentProblem>) {
        let mut form = Form::default();
        let mut problems = Vec::new();
        let body = fragment.strip_prefix('#').unwrap_or(fragment);
        for pair in body.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            if PageOptions::KEYS.contains(&key) {
                continue;
            }
            let Some(field) = Field::from_id(key) else {
                problems.push(FragmentProblem::UnknownKey(key.to_owned()));
                continue;
            };
            match percent_decode(raw) {
                Some(value) => form.set(field, value),
                None => problems.push(FragmentProblem::BadEncoding(field)),
            }
        }
        (form, problems)
    }
}

/// How the page presents itself; kept in the fragment next to the form, never in artifacts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageOptions {
    /// `embed=1`: compact mode for an iframe (no header or footer; the height is posted to the
    /// host page).
    pub embed: bool,
    /// `theme=dark|light`: overrides the system colour scheme.
    pub theme: Option<Theme>,
    /// `tool=...`: which tool is open (the generated files when absent).
    pub tool: Option<String>,
    /// `lang=en|ko`: the page's language (the browser's when absent).
    pub lang: Option<crate::i18n::Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl PageOptions {
    /// Fragment keys that are page options rather than form fields.
    pub const KEYS: [&'static str; 4] = ["embed", "theme", "lang", "tool"];

    pub fn from_fragment(fragment: &str) -> PageOptions {
        let mut options = PageOptions::default();
        let body = fragment.strip_prefix('#').unwrap_or(fragment);
        for pair in body.split('&') {
            match pair.split_once('=').unwrap_or((pair, "")) {
                ("embed", v) => options.embed = matches!(v, "1" | "true"),
                ("theme", "dark") => options.theme = Some(Theme::Dark),
                ("theme", "light") => options.theme = Some(Theme::Light),
                ("lang", v) => options.lang = crate::i18n::Lang::from_id(v),
                ("tool", v)
                    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') =>
                {
                    options.tool = Some(v.to_owned());
                }
                _ => {}
            }
        }
        options
    }

    /// The options as fragment pairs (empty when everything is default).
    pub fn to_fragment(&self) -> String {
        let mut parts = Vec::new();
        if self.embed {
            parts.push("embed=1".to_owned());
        }
        if let Some(theme) = self.theme {
            parts.push(format!("theme={}", theme.as_str()));
        }
        if let Some(tool) = &self.tool {
            parts.push(format!("tool={tool}"));
        }
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.id()));
        }
        parts.join("&")
    }
}

/// Something in a link's fragment that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentProblem {
    UnknownKey(String),
    BadEncoding(Field),
}

impl std::fmt::Display for FragmentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FragmentProblem::UnknownKey(key) => {
                write!(
                    f,
                    "the link names an unknown field \"{key}\"; it was ignored"
                )
            }
            FragmentProblem::BadEncoding(field) => write!(
                f,
                "the link's value for \"{}\" is not valid percent-encoded UTF-8; the default was kept",
                field.id()
            ),
        }
    }
}

/// Percent-encodes everything except RFC 3986 unreserved characters and `,`.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as a literal plus). `None` for a broken escape or invalid UTF-8.
pub fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut ids: Vec<_> = Field::ALL.iter().map(|f| f.id()).collect();
        for f in Field::ALL {
            assert_eq!(Field::from_id(f.id()), Some(f));
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Field::ALL.len());
    }

    #[test]
    fn fragment_round_trips_hostile_values() {
        let form = Form::default()
            .with(Field::Branches, "main,feat/$(rm -rf ~)`x`&y=z%41#frag,日本")
            .with(Field::Environment, "prod: eu");
        let encoded = form.to_fragment();
        assert!(!encoded.contains('#'));
        assert!(!encoded.contains(' '));
        let (back, problems) = Form::from_fragment(&format!("#{encoded}"));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, form);
    }

    #[test]
    fn fragment_keeps_defaults_and_reports_problems() {
        let (form, problems) = Form::from_fragment("#account=012345678901&bogus=1&repo=%ZZ");
        assert_eq!(form.get(Field::Account), "012345678901");
        assert_eq!(form.get(Field::Repo), "octo-repo");
        assert_eq!(
            problems,
            vec![
                FragmentProblem::UnknownKey("bogus".into()),
                FragmentProblem::BadEncoding(Field::Repo)
            ]
        );
    }

    #[test]
    fn page_options_are_not_form_fields() {
        let (form, problems) = Form::from_fragment("#embed=1&theme=dark&repo=x");
        assert!(problems.is_empty());
        assert_eq!(form.get(Field::Repo), "x");
        let options = PageOptions::from_fragment("#embed=1&theme=dark&repo=x");
        assert_eq!(
            options,
            PageOptions {
                embed: true,
                theme: Some(Theme::Dark),
                tool: None,
                lang: None,
            }
        );
        assert_eq!(options.to_fragment(), "embed=1&theme=dark");
        let options = PageOptions::from_fragment("lang=ko&tool=audit");
        assert_eq!(options.lang, Some(crate::i18n::Lang::Ko));
        assert_eq!(options.to_fragment(), "tool=audit&lang=ko");
        assert_eq!(PageOptions::from_fragment("lang=xx").lang, None);
        assert_eq!(PageOptions::from_fragment("#embed=0").to_fragment(), "");
    }

    #[test]
    fn percent_decode_rejects_truncated_escape_and_bad_utf8() {
        assert_eq!(percent_decode("%4"), None);
        assert_eq!(percent_decode("%FF"), None);
        assert_eq!(percent_decode("a%2Cb").as_deref(), Some("a,b"));
    }
}

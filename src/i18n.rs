//! The page's own words in English and Korean. Every string the page shows around the core's
//! output comes from [`STRINGS`] by key; sentences with values use `{name}` placeholders filled
//! by [`tf`], never concatenation, so each language keeps its own word order. Generated files
//! stay in English (they are code). The core's own sentences (validation messages, findings,
//! explanations) are translated by [`messages`].

pub mod messages;
mod messages_ko_files;
mod messages_ko_form;
mod messages_ko_tools;

/// A language of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The fragment value and the `lang` attribute.
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language's own name, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The page's language for a browser language tag (`ko-KR` -> Korean; anything else,
    /// English).
    pub fn from_browser(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("ko") {
            Lang::Ko
        } else {
            Lang::En
        }
    }
}

/// `(key, English, Korean)`.
pub const STRINGS: &[(&str, &str, &str)] = &[
    // Page
    (
        "app.tagline",
        "Move a GitHub Actions workflow that pushes to Amazon ECR from long-lived AWS access keys to OIDC. Fill in the form; the four files update as you type. Nothing you enter leaves this page.",
        "Amazon ECR로 이미지를 푸시하는 GitHub Actions 워크플로를 장기 AWS 액세스 키 대신 OIDC로 옮깁니다. 양식을 채우면 입력하는 대로 네 파일이 갱신되며, 입력한 내용은 이 페이지 밖으로 나가지 않습니다.",
    ),
    ("app.theme", "Dark theme", "다크 테마"),
    ("app.language", "Language", "언어"),
    ("app.tools", "Tools", "도구"),
    ("app.form", "Inputs", "입력"),
    (
        "app.privacy",
        "Keyless runs entirely in your browser: it makes no requests, sets no cookies and stores nothing. The link holds your inputs after the #, which browsers never send to a server.",
        "Keyless는 브라우저 안에서만 동작합니다. 요청을 보내지 않고, 쿠키를 쓰지 않으며, 아무것도 저장하지 않습니다. 입력값은 링크의 # 뒤에 담기며, 브라우저는 이 부분을 서버로 보내지 않습니다.",
    ),
    ("app.offline", "Save for offline use", "오프라인용으로 저장"),
    (
        "app.offline.hint",
        "One self-contained file that works when opened from disk, with no network.",
        "디스크에서 열어도 네트워크 없이 동작하는 단일 파일입니다.",
    ),
    ("tool.files", "Generated files", "생성된 파일"),
    (
        "tool.simulate",
        "Would this run be allowed?",
        "이 실행이 허용될까요?",
    ),
    ("tool.audit", "Audit a policy", "정책 점검"),
    ("tool.explain", "Explain an error", "오류 설명"),
    ("tool.convert", "Convert my workflow", "워크플로 변환"),
    // Severities
    ("severity.error", "Error", "오류"),
    ("severity.security-warning", "Security warning", "보안 경고"),
    ("severity.warning", "Warning", "경고"),
    ("severity.suggestion", "Suggestion", "제안"),
    // Findings and panels
    (
        "summary.errors",
        "Fields that need attention: {count}. The files appear when every field is valid.",
        "확인이 필요한 항목: {count}개. 모든 항목이 올바르면 파일이 나타납니다.",
    ),
    ("summary.findings", "Findings", "점검 결과"),
    (
        "panel.problem",
        "Not generated until these are fixed:",
        "다음을 고치기 전에는 생성되지 않습니다:",
    ),
    ("panel.copy", "Copy", "복사"),
    ("panel.download", "Download", "다운로드"),
    ("panel.copy.label", "Copy {name}", "{name} 복사"),
    ("panel.download.label", "Download {name}", "{name} 다운로드"),
    ("panel.contents", "{name} contents", "{name} 내용"),
    (
        "artifact.permission-policy",
        "Permission policy (ECR push)",
        "권한 정책 (ECR 푸시)",
    ),
    (
        "artifact.trust-policy",
        "Role trust policy (GitHub OIDC)",
        "역할 신뢰 정책 (GitHub OIDC)",
    ),
    (
        "artifact.cli",
        "AWS CLI setup script",
        "AWS CLI 설정 스크립트",
    ),
    (
        "artifact.workflow",
        "GitHub Actions workflow",
        "GitHub Actions 워크플로",
    ),
    (
        "artifact.caller-workflow",
        "Calling workflow (GitHub Actions)",
        "호출 워크플로 (GitHub Actions)",
    ),
    (
        "status.copied",
        "Copied {name} to the clipboard.",
        "{name}을(를) 클립보드에 복사했습니다.",
    ),
    (
        "status.copy-failed",
        "Could not copy {name}: the browser refused access to the clipboard. The text is selected; press Ctrl+C (or Cmd+C) to copy it.",
        "{name}을(를) 복사하지 못했습니다. 브라우저가 클립보드 접근을 거부했습니다. 텍스트를 선택해 두었으니 Ctrl+C(또는 Cmd+C)를 눌러 복사하세요.",
    ),
    (
        "status.downloaded",
        "Downloaded {name}.",
        "{name}을(를) 다운로드했습니다.",
    ),
    (
        "status.download-failed",
        "Could not download {name}: the browser did not start the download.",
        "{name}을(를) 다운로드하지 못했습니다. 브라우저가 다운로드를 시작하지 않았습니다.",
    ),
    // Form legends
    ("legend.github", "GitHub repository", "GitHub 리포지토리"),
    (
        "legend.scope",
        "Who may assume the role",
        "역할을 맡을 수 있는 실행",
    ),
    ("legend.aws", "AWS", "AWS"),
    ("legend.workflow", "Workflow", "워크플로"),
    // Fields: label and hint per field id
    (
        "field.owner.label",
        "Owner (organization or user)",
        "소유자 (조직 또는 사용자)",
    ),
    (
        "field.owner.hint",
        "1-39 letters, digits or single hyphens; written as GitHub shows it (case matters in AWS).",
        "영문자, 숫자, 하이픈(연속 불가) 1~39자. GitHub에 표시된 그대로 적으세요 (AWS는 대소문자를 구분합니다).",
    ),
    ("field.repo.label", "Repository", "리포지토리"),
    (
        "field.repo.hint",
        "Up to 100 letters, digits, '-', '_' or '.'.",
        "영문자, 숫자, '-', '_', '.' 최대 100자.",
    ),
    (
        "field.github-host.label",
        "GitHub host (who issues the tokens)",
        "GitHub 호스트 (토큰 발급자)",
    ),
    (
        "field.github-host.hint",
        "The token's issuer decides the identity provider's URL and ARN and the condition keys.",
        "토큰 발급자에 따라 자격 증명 공급자의 URL과 ARN, 조건 키가 정해집니다.",
    ),
    (
        "field.github-host-name.label",
        "Enterprise slug, GHE.com subdomain or server hostname",
        "엔터프라이즈 슬러그, GHE.com 하위 도메인 또는 서버 호스트 이름",
    ),
    (
        "field.github-host-name.hint",
        "Enterprise: issuer https://token.actions.githubusercontent.com/SLUG. GHE.com: https://token.actions.SUBDOMAIN.ghe.com. Server: https://HOSTNAME/_services/token, whose discovery and JWKS endpoints AWS must reach.",
        "엔터프라이즈: 발급자 https://token.actions.githubusercontent.com/SLUG. GHE.com: https://token.actions.SUBDOMAIN.ghe.com. 서버: https://HOSTNAME/_services/token (AWS가 디스커버리와 JWKS 엔드포인트에 접근할 수 있어야 합니다).",
    ),
    ("field.scope.label", "Access scope", "접근 범위"),
    (
        "field.scope.hint",
        "The token's subject (sub) must match the trust policy exactly; wildcards use StringLike.",
        "토큰의 subject(sub)는 신뢰 정책과 정확히 일치해야 합니다. 와일드카드는 StringLike를 씁니다.",
    ),
    ("field.branches.label", "Branches", "브랜치"),
    (
        "field.branches.hint",
        "Comma-separated, e.g. main, release/v2. With an environment scope: the branches whose pushes start the workflow.",
        "쉼표로 구분합니다 (예: main, release/v2). 환경 범위에서는 푸시 시 워크플로를 시작할 브랜치입니다.",
    ),
    ("field.environment.label", "Environments", "환경"),
    (
        "field.environment.hint",
        "Comma-separated. The job declares environment: (one job per environment), and the token's sub then names the environment instead of the branch. Protect each with required reviewers or branch rules.",
        "쉼표로 구분합니다. 작업이 environment:를 선언하면(환경마다 작업 하나) 토큰의 sub에는 브랜치 대신 환경 이름이 들어갑니다. 각 환경을 필수 검토자나 브랜치 규칙으로 보호하세요.",
    ),
    ("field.tags.label", "Tags (optional)", "태그 (선택)"),
    (
        "field.tags.hint",
        "Pushes of these tags may also assume the role; * matches anything (then StringLike). Protect matching tags with a ruleset.",
        "이 태그의 푸시도 역할을 맡을 수 있습니다. *는 모든 문자열과 일치합니다 (이때 StringLike). 일치하는 태그는 규칙 집합으로 보호하세요.",
    ),
    (
        "field.pull-requests.label",
        "Pull requests may assume the role",
        "풀 리퀘스트가 역할을 맡을 수 있음",
    ),
    (
        "field.pull-requests.hint",
        "Only for a role with pull access. Every pull request from a branch of this repository presents the same subject; pull requests from forks get no token.",
        "풀(pull) 권한만 있는 역할에만 쓰세요. 이 리포지토리 브랜치의 모든 풀 리퀘스트가 같은 subject를 가지며, 포크에서 온 풀 리퀘스트는 토큰을 받지 못합니다.",
    ),
    (
        "field.pull-requests-confirm.label",
        "I understand that any pull request of this repository can use this role",
        "이 리포지토리의 모든 풀 리퀘스트가 이 역할을 쓸 수 있음을 이해했습니다",
    ),
    ("field.pull-requests-confirm.hint", "", ""),
    (
        "field.extra-repos.label",
        "More repositories (optional)",
        "추가 리포지토리 (선택)",
    ),
    (
        "field.extra-repos.hint",
        "Other repositories of the same owner that share this role. Each takes the scopes above, or its own after colons: a branch, env=ENVIRONMENT, tag=TAG, repeated for more (api:main:env=production:tag=v*). Separate repositories with ';' (',' when none has its own scopes). Pull requests follow the form. With the immutable subject write name@id.",
        "이 역할을 함께 쓰는 같은 소유자의 다른 리포지토리입니다. 각각 위의 범위를 따르거나, 콜론 뒤에 자체 범위를 적습니다: 브랜치, env=환경, tag=태그이며 여러 값은 반복해서 적습니다 (api:main:env=production:tag=v*). 리포지토리는 ';'로 구분합니다 (자체 범위가 없으면 ','도 됩니다). 풀 리퀘스트는 양식의 설정을 따릅니다. 불변 subject에서는 name@id로 적습니다.",
    ),
    (
        "field.subject-format.label",
        "Subject format",
        "Subject 형식",
    ),
    (
        "field.subject-format.hint",
        "Repositories created, renamed or transferred after 15 July 2026 (or opted in) get the immutable form with numeric ids.",
        "2026년 7월 15일 이후 생성, 이름 변경, 이전된 리포지토리(또는 옵트인한 리포지토리)는 숫자 ID가 들어간 불변 형식을 받습니다.",
    ),
    ("field.owner-id.label", "Owner id", "소유자 ID"),
    (
        "field.owner-id.hint",
        "Numeric. Look both ids up with {command} (this page never calls GitHub).",
        "숫자입니다. 두 ID는 {command}로 확인하세요 (이 페이지는 GitHub를 호출하지 않습니다).",
    ),
    ("field.repo-id.label", "Repository id", "리포지토리 ID"),
    (
        "field.repo-id.hint",
        "Numeric; see {command}.",
        "숫자입니다. {command}로 확인하세요.",
    ),
    (
        "field.subject-template.label",
        "Customized subject template (optional)",
        "사용자 지정 subject 템플릿 (선택)",
    ),
    (
        "field.subject-template.hint",
        "Only if your organization or repository set include_claim_keys: list them in order. The setup script prints the gh api command that sets it.",
        "조직이나 리포지토리에서 include_claim_keys를 설정한 경우에만 순서대로 적으세요. 설정 스크립트가 이를 설정하는 gh api 명령을 출력합니다.",
    ),
    (
        "field.reusable-workflow.label",
        "Reusable workflow (optional)",
        "재사용 워크플로 (선택)",
    ),
    (
        "field.reusable-workflow.hint",
        "Pins the trust to the called workflow (job_workflow_ref), preferably at a full commit SHA. AWS evaluates this claim since 2026; the exact list of claim keys AWS accepts is not confirmed [?]. The generated workflow becomes that reusable workflow, and a fifth file is the workflow each repository commits to call it.",
        "호출되는 워크플로(job_workflow_ref)로 신뢰를 고정합니다. 가능하면 전체 커밋 SHA를 쓰세요. AWS는 2026년부터 이 클레임을 평가하지만, AWS가 받는 클레임 키의 정확한 목록은 확인되지 않았습니다 [?]. 생성되는 워크플로는 그 재사용 워크플로가 되고, 다섯 번째 파일로 각 리포지토리가 이를 호출하는 워크플로가 생깁니다.",
    ),
    (
        "field.comments.label",
        "Comments in the generated files",
        "생성된 파일의 주석",
    ),
    (
        "field.comments.hint",
        "The language of the comments in the workflow and setup.sh. The code itself is the same in both.",
        "워크플로와 setup.sh 안의 주석 언어입니다. 코드 자체는 두 언어에서 같습니다.",
    ),
    ("field.account.label", "Account id", "계정 ID"),
    (
        "field.account.hint",
        "Exactly 12 digits; leading zeros are kept.",
        "정확히 12자리 숫자입니다. 앞자리 0은 유지됩니다.",
    ),
    ("field.region.label", "Region", "리전"),
    (
        "field.region.hint",
        "The region chooses the partition: commercial (aws), China (cn-*: aws-cn, audience sts.amazonaws.com.cn) or GovCloud (us-gov-*: aws-us-gov).",
        "리전이 파티션을 정합니다: 상용(aws), 중국(cn-*: aws-cn, 대상 sts.amazonaws.com.cn), GovCloud(us-gov-*: aws-us-gov).",
    ),
    ("field.ecr-repo.label", "ECR repositories", "ECR 리포지토리"),
    (
        "field.ecr-repo.hint",
        "Comma-separated; the workflow pushes to each. Lower-case letters and digits separated by '.', '_', '__' or '-', with '/' between components. Empty: the repository name.",
        "쉼표로 구분하며, 워크플로가 각각에 푸시합니다. 소문자와 숫자를 '.', '_', '__', '-'로 잇고 구성 요소 사이는 '/'로 구분합니다. 비우면 리포지토리 이름을 씁니다.",
    ),
    ("field.access.label", "ECR access", "ECR 권한"),
    (
        "field.access.hint",
        "Pull only is the access pull requests may have.",
        "풀 리퀘스트에는 풀 전용 권한만 줄 수 있습니다.",
    ),
    (
        "field.registry-account.label",
        "Registry account (optional)",
        "레지스트리 계정 (선택)",
    ),
    (
        "field.registry-account.hint",
        "When the repositories live in another account: that account must also grant the role in each repository's policy (the setup script writes it).",
        "리포지토리가 다른 계정에 있을 때: 그 계정도 각 리포지토리 정책에서 이 역할을 허용해야 합니다 (설정 스크립트가 정책을 작성합니다).",
    ),
    ("field.role-name.label", "IAM role name", "IAM 역할 이름"),
    (
        "field.role-name.hint",
        "Up to 64 letters, digits and + = , . @ _ -. Empty: the name shown.",
        "영문자, 숫자와 + = , . @ _ - 최대 64자. 비우면 표시된 이름을 씁니다.",
    ),
    (
        "field.policy-name.label",
        "Managed policy name",
        "관리형 정책 이름",
    ),
    (
        "field.policy-name.hint",
        "Up to 128 letters, digits and + = , . @ _ -. Empty: the name shown.",
        "영문자, 숫자와 + = , . @ _ - 최대 128자. 비우면 표시된 이름을 씁니다.",
    ),
    (
        "field.session-duration.label",
        "Max session duration (seconds)",
        "최대 세션 시간 (초)",
    ),
    (
        "field.session-duration.hint",
        "3600 to 43200. Above 3600 the workflow asks for the longer session too.",
        "3600~43200. 3600보다 크면 워크플로도 더 긴 세션을 요청합니다.",
    ),
    (
        "field.create-ecr-repo.label",
        "Create the ECR repository if it is missing (scan on push)",
        "ECR 리포지토리가 없으면 생성 (푸시 시 스캔)",
    ),
    ("field.create-ecr-repo.hint", "", ""),
    (
        "field.immutable-tags.label",
        "Immutable image tags",
        "변경 불가 이미지 태그",
    ),
    (
        "field.immutable-tags.hint",
        "A re-run for the same commit then fails to push the same tag.",
        "같은 커밋을 다시 실행하면 같은 태그를 푸시하지 못합니다.",
    ),
    (
        "field.role-arn-source.label",
        "Where the workflow reads the role ARN",
        "워크플로가 역할 ARN을 읽는 곳",
    ),
    (
        "field.role-arn-source.hint",
        "A role ARN is not a secret; security comes from the trust policy. A variable keeps it visible in logs.",
        "역할 ARN은 비밀이 아닙니다. 보안은 신뢰 정책에서 나옵니다. 변수로 두면 로그에서도 보입니다.",
    ),
    (
        "field.pin-actions.label",
        "Pin actions by full commit SHA",
        "액션을 전체 커밋 SHA로 고정",
    ),
    (
        "field.pin-actions.hint",
        "Recommended: a tag can be moved, a commit cannot. The version stays as a comment.",
        "권장합니다. 태그는 옮길 수 있지만 커밋은 옮길 수 없습니다. 버전은 주석으로 남습니다.",
    ),
    (
        "field.workflow-file.label",
        "Workflow file name",
        "워크플로 파일 이름",
    ),
    (
        "field.workflow-file.hint",
        "Saved under .github/workflows/.",
        ".github/workflows/ 아래에 저장합니다.",
    ),
    // Choices of the select fields: option.<field id>.<value>
    ("option.github-host.github.com", "github.com", "github.com"),
    (
        "option.github-host.enterprise",
        "GitHub Enterprise Cloud with the enterprise issuer",
        "엔터프라이즈 발급자를 쓰는 GitHub Enterprise Cloud",
    ),
    (
        "option.github-host.ghe.com",
        "GHE.com (data residency)",
        "GHE.com (데이터 상주)",
    ),
    (
        "option.github-host.ghes",
        "GitHub Enterprise Server",
        "GitHub Enterprise Server",
    ),
    (
        "option.scope.branches",
        "These branches of this repository",
        "이 리포지토리의 지정한 브랜치",
    ),
    (
        "option.scope.environment",
        "GitHub environments of this repository",
        "이 리포지토리의 GitHub 환경",
    ),
    (
        "option.scope.any-branch",
        "Any branch of this repository (wildcard)",
        "이 리포지토리의 모든 브랜치 (와일드카드)",
    ),
    (
        "option.scope.owner-wide",
        "Every repository of the owner (wildcard)",
        "소유자의 모든 리포지토리 (와일드카드)",
    ),
    (
        "option.subject-format.name",
        "Name form: repo:OWNER/REPO:...",
        "이름 형식: repo:OWNER/REPO:...",
    ),
    (
        "option.subject-format.immutable",
        "Immutable form: repo:OWNER@ID/REPO@ID:...",
        "불변 형식: repo:OWNER@ID/REPO@ID:...",
    ),
    (
        "option.subject-format.both",
        "Both (transition)",
        "둘 다 (전환 기간)",
    ),
    ("option.access.push", "Push and pull", "푸시와 풀"),
    ("option.comments.en", "English", "영어"),
    ("option.comments.ko", "Korean (한국어)", "한국어"),
    (
        "option.access.pull",
        "Pull only (read-only role)",
        "풀 전용 (읽기 전용 역할)",
    ),
    (
        "option.role-arn-source.vars",
        "Repository variable: vars.AWS_ROLE_ARN",
        "리포지토리 변수: vars.AWS_ROLE_ARN",
    ),
    (
        "option.role-arn-source.secrets",
        "Repository secret: secrets.AWS_ROLE_ARN",
        "리포지토리 시크릿: secrets.AWS_ROLE_ARN",
    ),
    (
        "option.role-arn-source.inline",
        "Written into the workflow",
        "워크플로에 직접 작성",
    ),
    // Convert my workflow
    (
        "convert.intro",
        "Paste the workflow that uses access keys today. Keyless changes only the lines that must change (keys out, role in, id-token: write where it takes effect) and keeps everything else byte for byte. The role ARN placement, SHA pins and region come from the form.",
        "지금 액세스 키를 쓰는 워크플로를 붙여 넣으세요. Keyless는 바꿔야 하는 줄만 바꾸고(키 제거, 역할 추가, 적용되는 곳에 id-token: write) 나머지는 바이트 단위로 그대로 둡니다. 역할 ARN 위치, SHA 고정, 리전은 양식의 값을 씁니다.",
    ),
    (
        "convert.input",
        "Workflow file (YAML)",
        "워크플로 파일 (YAML)",
    ),
    (
        "convert.input.hint",
        "Paste it, or drop the file here. It stays in this page.",
        "붙여 넣거나 파일을 여기로 끌어다 놓으세요. 이 페이지 밖으로 나가지 않습니다.",
    ),
    ("convert.file", "Or choose the file", "또는 파일 선택"),
    (
        "convert.upgrade",
        "Also upgrade outdated AWS actions",
        "오래된 AWS 액션도 업그레이드",
    ),
    (
        "convert.upgrade.hint",
        "configure-aws-credentials older than v6 and amazon-ecr-login v1, in the converted jobs only.",
        "변환하는 작업 안의 v6 이전 configure-aws-credentials와 amazon-ecr-login v1만 바꿉니다.",
    ),
    ("convert.run", "Convert", "변환"),
    (
        "convert.status.converted",
        "Converted jobs: {count}.",
        "변환한 작업: {count}개.",
    ),
    (
        "convert.status.refused",
        "Not converted: see the findings. The file is unchanged.",
        "변환하지 않았습니다. 점검 결과를 확인하세요. 파일은 그대로입니다.",
    ),
    (
        "convert.status.nothing",
        "Nothing to convert: no long-lived keys reach AWS in this workflow.",
        "변환할 것이 없습니다. 이 워크플로에는 AWS에 전달되는 장기 키가 없습니다.",
    ),
    ("convert.job.converted", "converted", "변환함"),
    (
        "convert.job.untouched",
        "no keys, unchanged",
        "키 없음, 변경 없음",
    ),
    ("convert.job.refused", "refused: {why}", "거부: {why}"),
    ("convert.diff", "Changed lines", "바뀐 줄"),
    ("convert.output", "Converted workflow", "변환된 워크플로"),
    (
        "convert.role",
        "Role {role} for jobs {jobs}",
        "역할 {role} (작업: {jobs})",
    ),
    // Would this run be allowed?
    (
        "sim.intro",
        "Evaluates the trust policy the way IAM does for sts:AssumeRoleWithWebIdentity, with the claims GitHub puts in the run's token. Uses the owner, repository and subject format from the form.",
        "GitHub가 실행 토큰에 넣는 클레임으로, IAM이 sts:AssumeRoleWithWebIdentity에서 하는 방식 그대로 신뢰 정책을 평가합니다. 소유자, 리포지토리, subject 형식은 양식의 값을 씁니다.",
    ),
    ("sim.run", "Run", "실행"),
    ("sim.kind.push-branch", "Push to a branch", "브랜치에 푸시"),
    ("sim.kind.push-tag", "Push of a tag", "태그 푸시"),
    (
        "sim.kind.pull-request",
        "Pull request (same repository)",
        "풀 리퀘스트 (같은 리포지토리)",
    ),
    (
        "sim.kind.environment",
        "A job with an environment",
        "환경을 쓰는 작업",
    ),
    (
        "sim.kind.workflow-dispatch",
        "Manual run (workflow_dispatch)",
        "수동 실행 (workflow_dispatch)",
    ),
    ("sim.kind.schedule", "Scheduled run", "예약 실행"),
    ("sim.ref.branch", "Branch", "브랜치"),
    ("sim.ref.tag", "Tag", "태그"),
    ("sim.ref.base", "Base branch", "기준 브랜치"),
    ("sim.ref.default", "Default branch", "기본 브랜치"),
    (
        "sim.ref.any",
        "Branch or tag (e.g. main or refs/tags/v1)",
        "브랜치 또는 태그 (예: main, refs/tags/v1)",
    ),
    ("sim.environment", "Environment", "환경"),
    (
        "sim.token",
        "Or paste a decoded token payload (JSON)",
        "또는 디코딩한 토큰 페이로드(JSON)를 붙여 넣기",
    ),
    (
        "sim.token.hint",
        "For example the output of the actions-oidc-debugger action. When filled in, it replaces the run described above.",
        "예: actions-oidc-debugger 액션의 출력. 입력하면 위에서 설명한 실행 대신 쓰입니다.",
    ),
    (
        "sim.policy",
        "Trust policy to check (empty: the generated one)",
        "확인할 신뢰 정책 (비우면 생성된 정책)",
    ),
    (
        "sim.policy.hint",
        "Raw JSON, or the output of aws iam get-role.",
        "JSON 원문 또는 aws iam get-role의 출력.",
    ),
    ("sim.allowed", "Allowed", "허용됨"),
    ("sim.refused", "Refused", "거부됨"),
    ("sim.claims", "Token claims used", "사용한 토큰 클레임"),
    ("sim.claim", "Claim", "클레임"),
    ("sim.value", "Value", "값"),
    (
        "sim.provider",
        "Identity provider: {arn} ({source}).",
        "자격 증명 공급자: {arn} ({source}).",
    ),
    // Audit
    (
        "audit.intro",
        "Checks a policy you already have against the rules in docs/rules.md: who it lets in, and what will make it fail. Nothing you paste leaves the page.",
        "이미 가진 정책을 docs/rules.md의 규칙으로 점검합니다: 누가 들어올 수 있는지, 무엇 때문에 실패할지. 붙여 넣은 내용은 페이지 밖으로 나가지 않습니다.",
    ),
    ("audit.kind", "Policy", "정책"),
    ("audit.kind.trust", "Role trust policy", "역할 신뢰 정책"),
    (
        "audit.kind.permission",
        "Permission policy (ECR)",
        "권한 정책 (ECR)",
    ),
    (
        "audit.text",
        "Policy JSON, or the output of aws iam get-role",
        "정책 JSON 또는 aws iam get-role의 출력",
    ),
    (
        "audit.use-form",
        "Compare with the form (account, region, repository, issuer)",
        "양식과 비교 (계정, 리전, 리포지토리, 발급자)",
    ),
    (
        "audit.use-form.hint",
        "Off: only the policy's own problems are reported.",
        "끄면 정책 자체의 문제만 보고합니다.",
    ),
    (
        "audit.empty",
        "Paste a policy to see its findings.",
        "정책을 붙여 넣으면 점검 결과가 나타납니다.",
    ),
    (
        "audit.who",
        "Who can assume this role:",
        "이 역할을 맡을 수 있는 실행:",
    ),
    ("audit.clean", "No findings.", "발견된 문제가 없습니다."),
    // Explain
    (
        "explain.intro",
        "Paste an error from the configure-aws-credentials step, docker push or IAM. The likely causes come first, checked against the form where possible.",
        "configure-aws-credentials 단계, docker push, IAM에서 나온 오류를 붙여 넣으세요. 가능성이 높은 원인부터 보여 주며, 가능하면 양식과 대조합니다.",
    ),
    (
        "explain.text",
        "Error message or log excerpt",
        "오류 메시지 또는 로그 일부",
    ),
    (
        "explain.empty",
        "Paste the error lines of the failing step.",
        "실패한 단계의 오류 줄을 붙여 넣으세요.",
    ),
    (
        "explain.confirmed",
        "seen in your inputs",
        "입력값에서 확인됨",
    ),
    ("explain.fix", "Fix:", "해결:"),
    ("explain.related", "Related checks:", "관련 점검:"),
];

/// The text for `key` in `lang` (English when the key has no Korean, the key itself when it is
/// unknown; tests keep both from happening).
pub fn t(lang: Lang, key: &str) -> &'static str {
    match STRINGS.iter().find(|(k, _, _)| *k == key) {
        Some((_, en, ko)) => match lang {
            Lang::En => en,
            Lang::Ko if ko.is_empty() => en,
            Lang::Ko => ko,
        },
        None => "",
    }
}

/// [`t`] with `{name}` placeholders filled in.
pub fn tf(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut text = t(lang, key).to_owned();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// The `{name}` placeholders of a text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{Field, choices};

    #[test]
    fn keys_are_unique_and_both_languages_agree() {
        let mut keys: Vec<&str> = STRINGS.iter().map(|(k, _, _)| *k).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before, "duplicate keys");
        for (key, en, ko) in STRINGS {
            assert_eq!(
                en.is_empty(),
                ko.is_empty(),
                "{key}: one language is missing"
            );
            assert_eq!(
                placeholders(en),
                placeholders(ko),
                "{key}: placeholders differ"
            );
        }
    }

    #[test]
    fn every_field_and_choice_has_words() {
        let has = |key: &str| STRINGS.iter().any(|(k, _, _)| *k == key);
        for field in Field::ALL {
            for part in ["label", "hint"] {
                let key = format!("field.{}.{part}", field.id());
                assert!(has(&key), "missing {key}");
            }
            for choice in choices(field) {
                let key = format!("option.{}.{choice}", field.id());
                assert!(has(&key), "missing {key}");
            }
        }
    }

    /// Every key the page's source names literally exists.
    #[test]
    fn every_key_the_page_uses_exists() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut files = vec![format!("{dir}/ui.rs")];
        for entry in std::fs::read_dir(format!("{dir}/ui")).expect("src/ui") {
            files.push(entry.expect("entry").path().display().to_string());
        }
        let mut used = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).expect("read");
            for call in ["t(lang, \"", "tf(lang, \""] {
                for (at, _) in text.match_indices(call) {
                    let rest = &text[at + call.len()..];
                    let key = &rest[..rest.find('"').expect("closing quote")];
                    assert!(
                        STRINGS.iter().any(|(k, _, _)| *k == key),
                        "{file}: unknown key {key}"
                    );
                    used += 1;
                }
            }
        }
        assert!(used > 40, "only {used} keys found: is the scan broken?");
    }

    #[test]
    fn browser_languages() {
        assert_eq!(Lang::from_browser("ko-KR"), Lang::Ko);
        assert_eq!(Lang::from_browser("ko"), Lang::Ko);
        assert_eq!(Lang::from_browser("en-US"), Lang::En);
        assert_eq!(Lang::from_browser("kok"), Lang::En);
        assert_eq!(
            tf(Lang::Ko, "status.copied", &[("name", "a.json")]),
            "a.json을(를) 클립보드에 복사했습니다."
        );
    }
}

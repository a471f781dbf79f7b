//! Korean for the form's validation, the generated files' checks and the policy linter.
//! Template syntax: see `messages.rs`.
//!
//! Terms follow the page's own words (`STRINGS` in `i18n.rs`): 리포지토리, 역할, 신뢰 정책, 권한 정책,
//! 브랜치, 태그, 환경, 풀 리퀘스트, 자격 증명 공급자 (공급자), 발급자, 클레임, 조건 키, 대상 (aud), 보안 주체,
//! and IAM element names as written (Statement, Action, Effect...). Values stay as they are; a
//! particle after a value is written both ways, as the page does: `을(를)`, `이(가)`, `은(는)`.
//!
//! Sentences that end in English without a full stop (validation messages) end without one in
//! Korean too: the page adds its own punctuation around them.
//!
//! A few families need care with the matching rule (the template with the most literal text
//! wins, and a hole at the end of a template takes everything after it):
//! - the who-can-assume summary joins phrases with ", " and ", or ": every phrase has a
//!   `PHRASE, {@rest}` row, so a list is read phrase by phrase from the left, with `or {@x}`,
//!   `or {n} more` and the Deny clause as the last links;
//! - a linter value in a list carries " (value 2 of 3)": those messages have a row with it and
//!   one without;
//! - notes appended to a finding (not the first value of its list; the policy has Deny
//!   statements) wrap the finding with `{@finding} NOTE` rows.

pub(super) const KO: &[(&str, &str)] = &[
    // -----------------------------------------------------------------------------------------
    // The link (form.rs)
    (
        "the link names an unknown field \"{key}\"; it was ignored",
        "링크에 알 수 없는 항목 \"{key}\"이(가) 있어 무시했습니다",
    ),
    (
        "the link's value for \"{field}\" is not valid percent-encoded UTF-8; the default was kept",
        "링크의 \"{field}\" 값이 올바른 퍼센트 인코딩 UTF-8이 아니어서 기본값을 유지했습니다",
    ),
    // -----------------------------------------------------------------------------------------
    // The form (input.rs): lists of choices
    (
        "access scope \"{v}\" is not one of branches, environment, any-branch, owner-wide",
        "접근 범위 \"{v}\"은(는) branches, environment, any-branch, owner-wide 중 하나가 아닙니다",
    ),
    (
        "Choose who may assume the role from the list.",
        "역할을 맡을 수 있는 실행을 목록에서 고르세요.",
    ),
    (
        "ECR access \"{v}\" is not one of push, pull",
        "ECR 권한 \"{v}\"은(는) push, pull 중 하나가 아닙니다",
    ),
    (
        "Choose the access from the list.",
        "권한을 목록에서 고르세요.",
    ),
    (
        "role ARN source \"{v}\" is not one of vars, secrets, inline",
        "역할 ARN 위치 \"{v}\"은(는) vars, secrets, inline 중 하나가 아닙니다",
    ),
    (
        "Choose where the workflow reads the role ARN from the list.",
        "워크플로가 역할 ARN을 읽을 곳을 목록에서 고르세요.",
    ),
    (
        "subject format \"{v}\" is not one of name, immutable, both",
        "subject 형식 \"{v}\"은(는) name, immutable, both 중 하나가 아닙니다",
    ),
    (
        "Choose the subject format from the list.",
        "subject 형식을 목록에서 고르세요.",
    ),
    (
        "GitHub host \"{v}\" is not one of github.com, enterprise, ghe.com, ghes",
        "GitHub 호스트 \"{v}\"은(는) github.com, enterprise, ghe.com, ghes 중 하나가 아닙니다",
    ),
    (
        "Choose the GitHub host from the list.",
        "GitHub 호스트를 목록에서 고르세요.",
    ),
    (
        "comment language \"{v}\" is not one of en, ko",
        "주석 언어 \"{v}\"은(는) en, ko 중 하나가 아닙니다",
    ),
    (
        "Choose the language from the list.",
        "언어를 목록에서 고르세요.",
    ),
    // Pull requests
    (
        "pull requests may not assume a role that can push: every pull request of the repository presents the same subject, whatever its branch or author",
        "풀 리퀘스트는 푸시할 수 있는 역할을 맡을 수 없습니다: 리포지토리의 모든 풀 리퀘스트는 브랜치나 작성자와 관계없이 같은 subject를 제시합니다",
    ),
    (
        "Use a separate role with ECR access \"pull\" for pull requests.",
        "풀 리퀘스트에는 ECR 권한이 \"pull\"인 별도 역할을 쓰세요.",
    ),
    (
        "confirm that any pull request opened from a branch of this repository may assume this role",
        "이 리포지토리의 브랜치에서 연 모든 풀 리퀘스트가 이 역할을 맡을 수 있음을 확인하세요",
    ),
    (
        "Tick the confirmation. Pull requests from forks get no OIDC token at all, so they cannot use the role.",
        "확인란을 선택하세요. 포크에서 온 풀 리퀘스트는 OIDC 토큰을 전혀 받지 못하므로 이 역할을 쓸 수 없습니다.",
    ),
    (
        "any pull request from a branch of this repository can pull from ECR with this role; pull requests from forks get no OIDC token",
        "이 리포지토리 브랜치의 모든 풀 리퀘스트가 이 역할로 ECR에서 이미지를 풀할 수 있습니다. 포크에서 온 풀 리퀘스트는 OIDC 토큰을 받지 못합니다",
    ),
    (
        "Keep this role read-only and the repository's write access tight.",
        "이 역할은 읽기 전용으로 두고, 리포지토리의 쓰기 권한은 엄격하게 관리하세요.",
    ),
    // Rules that span fields
    (
        "a repository's own scopes (name:branch, env=, tag=) cannot narrow the every-repository scope",
        "리포지토리별 범위(name:branch, env=, tag=)로는 '소유자의 모든 리포지토리' 범위를 좁힐 수 없습니다",
    ),
    (
        "Choose another scope, or list the repositories without their own scopes.",
        "다른 범위를 고르거나, 리포지토리를 자체 범위 없이 나열하세요.",
    ),
    (
        "GitHub Enterprise Server does not issue immutable subjects (the July 2026 rollout excludes it)",
        "GitHub Enterprise Server는 불변 subject를 발급하지 않습니다 (2026년 7월 도입 대상에서 빠짐)",
    ),
    (
        "Choose the name form for a GitHub Enterprise Server.",
        "GitHub Enterprise Server에서는 이름 형식을 고르세요.",
    ),
    (
        "GovCloud uses the audience sts.amazonaws.com, as reported by users; no AWS page was found that states it",
        "사용자 보고에 따르면 GovCloud는 대상으로 sts.amazonaws.com을 씁니다. 이를 명시한 AWS 문서는 찾지 못했습니다",
    ),
    (
        "If AWS answers \"Incorrect token audience\", check the provider's client IDs.",
        "AWS가 \"Incorrect token audience\"로 응답하면 공급자의 클라이언트 ID를 확인하세요.",
    ),
    (
        "any branch of the repository may assume this role: anyone with write access can push a new branch and push images with it",
        "리포지토리의 모든 브랜치가 이 역할을 맡을 수 있습니다: 쓰기 권한이 있는 누구나 새 브랜치를 푸시해 그 브랜치에서 이미지를 푸시할 수 있습니다",
    ),
    (
        "Prefer listing the branches (protect them), or use an environment with required reviewers.",
        "브랜치를 직접 나열해 보호하거나, 필수 검토자를 둔 환경을 쓰는 편이 좋습니다.",
    ),
    (
        "every repository of the owner may assume this role, including repositories created later, and every branch, tag, environment and pull-request run in them",
        "소유자의 모든 리포지토리(나중에 만드는 리포지토리 포함)와 그 안의 모든 브랜치, 태그, 환경, 풀 리퀘스트 실행이 이 역할을 맡을 수 있습니다",
    ),
    (
        "Prefer one role per repository with exact branches or an environment.",
        "리포지토리마다 정확한 브랜치나 환경을 지정한 역할을 하나씩 두는 편이 좋습니다.",
    ),
    (
        "actions are referenced by major tag (v7, v6, v2); whoever controls a tag can move it to other code, and this job can mint AWS credentials",
        "액션을 메이저 태그(v7, v6, v2)로 참조합니다. 태그를 제어하는 사람은 누구나 태그를 다른 코드로 옮길 수 있고, 이 작업은 AWS 자격 증명을 발급받을 수 있습니다",
    ),
    (
        "Pin by full commit SHA (the version stays as a comment); update pins with Dependabot or Renovate.",
        "전체 커밋 SHA로 고정하세요 (버전은 주석으로 남습니다). 고정값은 Dependabot이나 Renovate로 갱신하세요.",
    ),
    (
        "Adjust the template keys or the scope so every subject can be written exactly.",
        "모든 subject를 정확히 쓸 수 있도록 템플릿 키나 범위를 조정하세요.",
    ),
    (
        "AWS has evaluated GitHub claims such as job_workflow_ref in trust policies since early 2026; the exact list of keys it accepts is not confirmed by an AWS page",
        "AWS는 2026년 초부터 신뢰 정책에서 job_workflow_ref 같은 GitHub 클레임을 평가합니다. AWS가 받는 키의 정확한 목록은 AWS 문서로 확인되지 않았습니다",
    ),
    (
        "Check the role with a real run; to rely only on sub, add job_workflow_ref to a customized subject template.",
        "실제 실행으로 역할을 확인하세요. sub만으로 제한하려면 사용자 지정 subject 템플릿에 job_workflow_ref를 추가하세요.",
    ),
    // Owner
    (
        "A GitHub owner is 1-39 letters, digits or single hyphens, not starting with a hyphen.",
        "GitHub 소유자 이름은 영문자, 숫자, 하이픈(연속 불가) 1~39자이며 하이픈으로 시작할 수 없습니다.",
    ),
    ("GitHub owner is required", "GitHub 소유자를 입력하세요"),
    (
        "GitHub owner \"{v}\" is longer than 39 characters",
        "GitHub 소유자 \"{v}\"이(가) 39자보다 깁니다",
    ),
    (
        "GitHub owner \"{v}\" contains \"{bad}\"; only ASCII letters, digits and hyphens are allowed",
        "GitHub 소유자 \"{v}\"에 \"{bad}\"이(가) 있습니다. ASCII 영문자, 숫자, 하이픈만 쓸 수 있습니다",
    ),
    (
        "GitHub owner \"{v}\" starts with a hyphen",
        "GitHub 소유자 \"{v}\"이(가) 하이픈으로 시작합니다",
    ),
    (
        "GitHub owner \"{v}\" contains consecutive hyphens",
        "GitHub 소유자 \"{v}\"에 하이픈이 연달아 있습니다",
    ),
    // Repository
    (
        "A repository name is up to 100 ASCII letters, digits, '-', '_' or '.'; '.' and '..' are reserved.",
        "리포지토리 이름은 ASCII 영문자, 숫자, '-', '_', '.' 최대 100자이며, '.'과 '..'은 예약되어 있습니다.",
    ),
    (
        "repository name is required",
        "리포지토리 이름을 입력하세요",
    ),
    (
        "repository name \"{v}\" is longer than 100 characters",
        "리포지토리 이름 \"{v}\"이(가) 100자보다 깁니다",
    ),
    (
        "repository name \"{v}\" contains \"{bad}\"; only ASCII letters, digits, '-', '_' and '.' are allowed",
        "리포지토리 이름 \"{v}\"에 \"{bad}\"이(가) 있습니다. ASCII 영문자, 숫자, '-', '_', '.'만 쓸 수 있습니다",
    ),
    (
        "repository name \"{v}\" is reserved",
        "리포지토리 이름 \"{v}\"은(는) 예약된 이름입니다",
    ),
    // Branches, tags and environments: what is wrong with a name (composed into the messages
    // below as `{@why}`)
    (
        "contains \"{ch}\" (U+{code}); IAM policies accept only characters U+0020-U+00FF, so the trust policy cannot name it",
        "\"{ch}\"(U+{code})을(를) 포함합니다. IAM 정책은 U+0020-U+00FF 문자만 받으므로 신뢰 정책에 이 이름을 쓸 수 없습니다",
    ),
    (
        "contains \"{c}\", which git does not allow in branch names",
        "git이 브랜치 이름에 허용하지 않는 \"{c}\"을(를) 포함합니다",
    ),
    (
        "contains a space, which git does not allow in branch names",
        "git이 브랜치 이름에 허용하지 않는 공백을 포함합니다",
    ),
    (
        "contains control character U+{code}, which git does not allow in branch names",
        "git이 브랜치 이름에 허용하지 않는 제어 문자 U+{code}을(를) 포함합니다",
    ),
    ("starts with '-'", "'-'로 시작합니다"),
    (
        "has an empty path component (leading, trailing or double '/')",
        "빈 경로 구성 요소를 포함합니다 (맨 앞, 맨 뒤 또는 연속된 '/')",
    ),
    ("contains '..'", "'..'을 포함합니다"),
    ("contains '@{{'", "'@{{'을 포함합니다"),
    ("is '@'", "'@'입니다"),
    ("ends with '.'", "'.'로 끝납니다"),
    (
        "has a component \"{part}\" starting with '.'",
        "'.'로 시작하는 구성 요소 \"{part}\"을(를) 포함합니다",
    ),
    (
        "has a component \"{part}\" ending with '.lock'",
        "'.lock'으로 끝나는 구성 요소 \"{part}\"을(를) 포함합니다",
    ),
    (
        "contains '?', which IAM and GitHub's tag filters read differently",
        "IAM과 GitHub 태그 필터가 서로 다르게 해석하는 '?'를 포함합니다",
    ),
    (
        "contains \"${{{{\", which GitHub Actions would read as an expression",
        "GitHub Actions가 표현식으로 읽는 \"${{{{\"을(를) 포함합니다",
    ),
    // Branches
    (
        "List branch names separated by commas, e.g. main, release/v2. Git forbids spaces, ~ ^ : ? * [ \\, '..', '@{{', leading '-' or '.', and a trailing '.' or '.lock'.",
        "브랜치 이름을 쉼표로 구분해 적으세요 (예: main, release/v2). Git은 공백, ~ ^ : ? * [ \\, '..', '@{{', 맨 앞의 '-'나 '.', 맨 끝의 '.'나 '.lock'을 허용하지 않습니다.",
    ),
    (
        "at least one branch is required",
        "브랜치를 하나 이상 입력하세요",
    ),
    ("branch \"{name}\" {@why}", "브랜치 \"{name}\"은(는) {@why}"),
    (
        "branch \"{name}\" contains \"${{{{\", which GitHub Actions would read as the start of an expression in the workflow",
        "브랜치 \"{name}\"에 \"${{{{\"이(가) 있는데, GitHub Actions는 이를 워크플로 안 표현식의 시작으로 읽습니다",
    ),
    (
        "Rename the branch; git allows the name, but a workflow cannot name it safely.",
        "브랜치 이름을 바꾸세요. git은 이 이름을 허용하지만 워크플로에서는 안전하게 쓸 수 없습니다.",
    ),
    (
        "branch \"{name}\" is listed twice; it is used once",
        "브랜치 \"{name}\"이(가) 두 번 나열되어 있습니다. 한 번만 씁니다",
    ),
    ("Remove the repeated name.", "중복된 이름을 지우세요."),
    // Environments
    (
        "A GitHub environment name is 1-255 characters without control characters.",
        "GitHub 환경 이름은 제어 문자 없이 1~255자입니다.",
    ),
    (
        "environment name is required for the environment scope",
        "환경 범위에는 환경 이름이 필요합니다",
    ),
    (
        "environment name \"{v}\" is longer than 255 characters",
        "환경 이름 \"{v}\"이(가) 255자보다 깁니다",
    ),
    (
        "environment name \"{v}\" contains a control character",
        "환경 이름 \"{v}\"에 제어 문자가 있습니다",
    ),
    (
        "environment name \"{v}\" {@why}",
        "환경 이름 \"{v}\"은(는) {@why}",
    ),
    (
        "environment name \"{v}\" contains \"${{{{\", which the workflow would evaluate as an expression",
        "환경 이름 \"{v}\"에 \"${{{{\"이(가) 있어 워크플로가 이를 표현식으로 평가합니다",
    ),
    (
        "environment \"{v}\" has capital letters; GitHub treats environment names case-insensitively, and whether the token's sub keeps this casing is not documented",
        "환경 \"{v}\"에 대문자가 있습니다. GitHub는 환경 이름의 대소문자를 구분하지 않으며, 토큰의 sub에 이 대소문자가 그대로 남는지는 문서화되어 있지 않습니다",
    ),
    (
        "Write the name exactly as it appears in the repository's Environments settings; if AWS refuses the role, compare with the sub shown in CloudTrail.",
        "리포지토리의 Environments 설정에 표시된 그대로 이름을 적으세요. AWS가 역할을 거부하면 CloudTrail에 표시된 sub와 비교하세요.",
    ),
    // Numeric ids
    (
        "owner id is required for the immutable subject format",
        "불변 subject 형식에는 소유자 ID가 필요합니다",
    ),
    (
        "repository id is required for the immutable subject format",
        "불변 subject 형식에는 리포지토리 ID가 필요합니다",
    ),
    (
        "owner id \"{v}\" must be digits only",
        "소유자 ID \"{v}\"은(는) 숫자로만 적어야 합니다",
    ),
    (
        "repository id \"{v}\" must be digits only",
        "리포지토리 ID \"{v}\"은(는) 숫자로만 적어야 합니다",
    ),
    (
        "owner id \"{v}\" is not a GitHub numeric id (a positive integer without leading zeros)",
        "소유자 ID \"{v}\"은(는) GitHub 숫자 ID(앞자리 0이 없는 양의 정수)가 아닙니다",
    ),
    (
        "repository id \"{v}\" is not a GitHub numeric id (a positive integer without leading zeros)",
        "리포지토리 ID \"{v}\"은(는) GitHub 숫자 ID(앞자리 0이 없는 양의 정수)가 아닙니다",
    ),
    (
        "Look the ids up with: gh api repos/OWNER/REPO --jq '.owner.id, .id'",
        "다음 명령으로 ID를 확인하세요: gh api repos/OWNER/REPO --jq '.owner.id, .id'",
    ),
    // Account and region
    ("AWS account id is required", "AWS 계정 ID를 입력하세요"),
    (
        "AWS account id \"{v}\" must be exactly 12 digits (it has {n} characters)",
        "AWS 계정 ID \"{v}\"은(는) 정확히 12자리 숫자여야 합니다 (현재 {n}자)",
    ),
    (
        "AWS account id \"{v}\" must be exactly 12 digits (it has {n} character)",
        "AWS 계정 ID \"{v}\"은(는) 정확히 12자리 숫자여야 합니다 (현재 {n}자)",
    ),
    (
        "Copy the 12-digit id from the AWS console's account menu, keeping any leading zeros.",
        "AWS 콘솔의 계정 메뉴에서 12자리 ID를 복사하세요. 앞자리 0도 그대로 두세요.",
    ),
    (
        "region \"{v}\" is in {@label} (partition {p}); Keyless generates for the aws, aws-cn and aws-us-gov partitions only",
        "리전 \"{v}\"은(는) {@label}에 속합니다 (파티션 {p}). Keyless는 aws, aws-cn, aws-us-gov 파티션용 파일만 생성합니다",
    ),
    ("an AWS isolated (ISO) region", "AWS 격리(ISO) 리전"),
    (
        "the AWS European Sovereign Cloud",
        "AWS European Sovereign Cloud",
    ),
    (
        "Pick a region of those partitions, or set up this account by hand following AWS's documentation for that partition.",
        "이 파티션들의 리전을 고르거나, 해당 파티션의 AWS 문서를 따라 이 계정을 직접 설정하세요.",
    ),
    ("AWS region is required", "AWS 리전을 입력하세요"),
    (
        "\"{v}\" is not a known AWS region (aws, aws-cn or aws-us-gov partition)",
        "\"{v}\"은(는) 알려진 AWS 리전(aws, aws-cn, aws-us-gov 파티션)이 아닙니다",
    ),
    (
        "Pick a region from the list, e.g. us-east-1.",
        "목록에서 리전을 고르세요 (예: us-east-1).",
    ),
    // GitHub host
    (
        "enterprise slug is 1-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
        "엔터프라이즈 슬러그는 소문자, 숫자, 하이픈 1~63자이며 하이픈으로 시작하거나 끝날 수 없습니다",
    ),
    (
        "GHE.com subdomain is 1-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen",
        "GHE.com 하위 도메인은 소문자, 숫자, 하이픈 1~63자이며 하이픈으로 시작하거나 끝날 수 없습니다",
    ),
    (
        "the enterprise slug is required for this GitHub host",
        "이 GitHub 호스트에는 엔터프라이즈 슬러그가 필요합니다",
    ),
    (
        "the GHE.com subdomain is required for this GitHub host",
        "이 GitHub 호스트에는 GHE.com 하위 도메인이 필요합니다",
    ),
    (
        "\"{v}\" is not a valid enterprise slug",
        "\"{v}\"은(는) 올바른 엔터프라이즈 슬러그가 아닙니다",
    ),
    (
        "\"{v}\" is not a valid GHE.com subdomain",
        "\"{v}\"은(는) 올바른 GHE.com 하위 도메인이 아닙니다",
    ),
    (
        "the GitHub Enterprise Server hostname is required",
        "GitHub Enterprise Server 호스트 이름을 입력하세요",
    ),
    (
        "\"{v}\" is not a hostname (like github.example.com)",
        "\"{v}\"은(는) 호스트 이름(예: github.example.com)이 아닙니다",
    ),
    (
        "Give the server's hostname only: no https://, port or path.",
        "서버의 호스트 이름만 적으세요. https://, 포트, 경로는 빼세요.",
    ),
    (
        "AWS must reach https://{host}/_services/token/.well-known/openid-configuration and its JWKS over the internet; a certificate from a private CA also needs thumbprints on the provider",
        "AWS가 인터넷을 통해 https://{host}/_services/token/.well-known/openid-configuration과 그 JWKS에 접근할 수 있어야 합니다. 사설 CA의 인증서를 쓰면 공급자에 지문(thumbprint)도 등록해야 합니다",
    ),
    (
        "Allow AWS to reach those two endpoints (they can be limited to AWS's IP ranges), or the role can never be assumed.",
        "AWS가 이 두 엔드포인트에 접근할 수 있게 하세요 (AWS IP 범위로 제한할 수 있습니다). 그렇지 않으면 이 역할은 절대 맡을 수 없습니다.",
    ),
    // Tags
    (
        "Tags separated by commas, e.g. v1.2.3 or v*; git's ref rules apply, and * is the only wildcard.",
        "태그를 쉼표로 구분해 적으세요 (예: v1.2.3, v*). git의 ref 규칙이 적용되며, 와일드카드는 *만 쓸 수 있습니다.",
    ),
    ("tag \"{name}\" {@why}", "태그 \"{name}\"은(는) {@why}"),
    (
        "any tag matching \"{t}\" that anyone with write access pushes can assume this role",
        "쓰기 권한이 있는 누구든 \"{t}\"와(과) 일치하는 태그를 푸시하면 그 태그가 이 역할을 맡을 수 있습니다",
    ),
    (
        "Protect the tags with a tag ruleset, or list exact tags.",
        "태그 규칙 집합으로 태그를 보호하거나, 정확한 태그를 나열하세요.",
    ),
    // More repositories
    (
        "\"{head}\": the id after @ must be a positive number",
        "\"{head}\": @ 뒤의 ID는 양의 정수여야 합니다",
    ),
    (
        "\"{head}\" needs its numeric id (name@id) for the immutable subject",
        "\"{head}\"에는 불변 subject를 위한 숫자 ID(name@id)가 필요합니다",
    ),
    (
        "repository \"{name}\" is listed twice",
        "리포지토리 \"{name}\"이(가) 두 번 나열되어 있습니다",
    ),
    (
        "\"{name}\" has an empty entry after ':'",
        "\"{name}\"의 ':' 뒤에 빈 항목이 있습니다",
    ),
    (
        "env= needs an environment name",
        "env= 뒤에는 환경 이름이 필요합니다",
    ),
    (
        "tag= needs a tag or pattern",
        "tag= 뒤에는 태그나 패턴이 필요합니다",
    ),
    ("in \"{name}\": {@m}", "\"{name}\" 리포지토리: {@m}"),
    // ECR repositories
    (
        "ECR names: 2-256 lower-case letters and digits, separated by '.', '_', '__' or '-', with '/' between components.",
        "ECR 이름: 소문자와 숫자 2~256자로, '.', '_', '__', '-'로 잇고 구성 요소 사이는 '/'로 구분합니다.",
    ),
    (
        "ECR repository name \"{name}\" {@why}",
        "ECR 리포지토리 이름 \"{name}\": {@why}",
    ),
    (
        "enter an ECR repository name: the repository name \"{repo}\" cannot be used as one, it {@why}",
        "ECR 리포지토리 이름을 입력하세요. 리포지토리 이름 \"{repo}\"은(는) ECR 이름으로 쓸 수 없습니다: {@why}",
    ),
    (
        "must be 2-256 characters (it has {n})",
        "2~256자여야 합니다 (현재 {n}자)",
    ),
    (
        "has an empty component (leading, trailing or double '/')",
        "빈 구성 요소가 있습니다 (맨 앞, 맨 뒤 또는 연속된 '/')",
    ),
    (
        "component \"{part}\" must start with a lower-case letter or digit, and separators ('.', '_', '__', '-') must sit between letters or digits",
        "구성 요소 \"{part}\"은(는) 소문자나 숫자로 시작해야 하고, 구분자('.', '_', '__', '-')는 문자나 숫자 사이에만 올 수 있습니다",
    ),
    (
        "contains \"{bad}\"; only lower-case letters, digits, '.', '_', '-' and '/' are allowed",
        "\"{bad}\"이(가) 들어 있습니다. 소문자, 숫자, '.', '_', '-', '/'만 쓸 수 있습니다",
    ),
    (
        "component \"{part}\" must end with a lower-case letter or digit",
        "구성 요소 \"{part}\"은(는) 소문자나 숫자로 끝나야 합니다",
    ),
    (
        "registry account id \"{v}\" must be exactly 12 digits",
        "레지스트리 계정 ID \"{v}\"은(는) 정확히 12자리 숫자여야 합니다",
    ),
    (
        "Leave it empty when the ECR repositories are in the role's own account.",
        "ECR 리포지토리가 역할과 같은 계정에 있으면 비워 두세요.",
    ),
    // Subject template
    (
        "claim key \"{key}\" may contain only letters, digits and underscores",
        "클레임 키 \"{key}\"에는 영문자, 숫자, 밑줄만 쓸 수 있습니다",
    ),
    (
        "List the include_claim_keys of your template, e.g. repo, context, job_workflow_ref.",
        "템플릿의 include_claim_keys를 나열하세요 (예: repo, context, job_workflow_ref).",
    ),
    (
        "Keyless cannot fill the claim \"{key}\" in a subject; it knows {keys}",
        "Keyless는 subject에 클레임 \"{key}\"을(를) 채울 수 없습니다. 채울 수 있는 클레임: {keys}",
    ),
    (
        "Remove the key, or write this trust policy by hand.",
        "이 키를 지우거나, 이 신뢰 정책을 직접 작성하세요.",
    ),
    (
        "this template leaves the repository out of the subject, so even an exact subject admits runs of other repositories",
        "이 템플릿은 subject에서 리포지토리를 빼므로, 정확한 subject라도 다른 리포지토리의 실행을 허용합니다",
    ),
    (
        "Add repo (or repository_id) to the template.",
        "템플릿에 repo(또는 repository_id)를 추가하세요.",
    ),
    (
        "this template leaves the branch, tag and environment out of the subject, so any run of the repository matches",
        "이 템플릿은 subject에서 브랜치, 태그, 환경을 빼므로 리포지토리의 모든 실행이 일치합니다",
    ),
    (
        "Add context (or ref, environment, job_workflow_ref) to the template.",
        "템플릿에 context(또는 ref, environment, job_workflow_ref)를 추가하세요.",
    ),
    // Reusable workflow
    (
        "reusable workflow \"{v}\" must look like OWNER/REPO/.github/workflows/FILE.yml@REF",
        "재사용 워크플로 \"{v}\"은(는) OWNER/REPO/.github/workflows/FILE.yml@REF 형식이어야 합니다",
    ),
    (
        "the reusable workflow is pinned to \"{r}\", which can move",
        "재사용 워크플로가 옮겨질 수 있는 \"{r}\"에 고정되어 있습니다",
    ),
    (
        "Pin it to a full commit SHA so the trust names exact code.",
        "신뢰가 정확한 코드를 가리키도록 전체 커밋 SHA로 고정하세요.",
    ),
    // IAM names
    (
        "An IAM role name is 1-{max} characters from letters, digits and + = , . @ _ -.",
        "IAM 역할 이름은 영문자, 숫자와 + = , . @ _ - 중에서 1~{max}자입니다.",
    ),
    (
        "An managed policy name is 1-{max} characters from letters, digits and + = , . @ _ -.",
        "관리형 정책 이름은 영문자, 숫자와 + = , . @ _ - 중에서 1~{max}자입니다.",
    ),
    (
        "IAM role name \"{v}\" is longer than {max} characters",
        "IAM 역할 이름 \"{v}\"이(가) {max}자보다 깁니다",
    ),
    (
        "managed policy name \"{v}\" is longer than {max} characters",
        "관리형 정책 이름 \"{v}\"이(가) {max}자보다 깁니다",
    ),
    (
        "IAM role name \"{v}\" contains \"{bad}\", which IAM does not allow",
        "IAM 역할 이름 \"{v}\"에 IAM이 허용하지 않는 \"{bad}\"이(가) 있습니다",
    ),
    (
        "managed policy name \"{v}\" contains \"{bad}\", which IAM does not allow",
        "관리형 정책 이름 \"{v}\"에 IAM이 허용하지 않는 \"{bad}\"이(가) 있습니다",
    ),
    (
        "IAM role name \"{v}\" starts with '-', which the AWS CLI would read as an option",
        "IAM 역할 이름 \"{v}\"이(가) '-'로 시작해 AWS CLI가 옵션으로 읽습니다",
    ),
    (
        "managed policy name \"{v}\" starts with '-', which the AWS CLI would read as an option",
        "관리형 정책 이름 \"{v}\"이(가) '-'로 시작해 AWS CLI가 옵션으로 읽습니다",
    ),
    (
        "role name \"{v}\" contains \"github\"; names like GitHubActions have been reported not to work with configure-aws-credentials (cause unexplained)",
        "역할 이름 \"{v}\"에 \"github\"가 들어 있습니다. GitHubActions 같은 이름은 configure-aws-credentials에서 동작하지 않는다는 보고가 있습니다 (원인 불명)",
    ),
    (
        "Choose a name without \"github\", e.g. the default ecr-push-REPO.",
        "\"github\"가 없는 이름을 고르세요 (예: 기본값 ecr-push-REPO).",
    ),
    // Session duration and workflow file
    (
        "max session duration \"{v}\" must be a whole number of seconds from 3600 to 43200",
        "최대 세션 시간 \"{v}\"은(는) 3600~43200 사이의 정수(초)여야 합니다",
    ),
    (
        "max session duration \"\" must be a whole number of seconds from 3600 to 43200",
        "최대 세션 시간을 3600~43200 사이의 정수(초)로 입력하세요",
    ),
    (
        "Use 3600 (one hour) unless a build needs longer.",
        "빌드에 더 긴 시간이 필요하지 않다면 3600(1시간)을 쓰세요.",
    ),
    (
        "workflow file name \"{v}\" must end in .yml or .yaml and use only letters, digits, '-', '_' and '.'",
        "워크플로 파일 이름 \"{v}\"은(는) .yml이나 .yaml로 끝나야 하고 영문자, 숫자, '-', '_', '.'만 쓸 수 있습니다",
    ),
    (
        "The file goes in .github/workflows/; give just its name, e.g. ecr-push.yml.",
        "파일은 .github/workflows/에 저장됩니다. 이름만 적으세요 (예: ecr-push.yml).",
    ),
    // Customized templates the inputs cannot fill (generate/trust.rs)
    (
        "a customized template cannot be combined with the every-repository scope",
        "사용자 지정 템플릿은 '소유자의 모든 리포지토리' 범위와 함께 쓸 수 없습니다",
    ),
    (
        "the template names job_workflow_ref: fill in the reusable workflow",
        "템플릿에 job_workflow_ref가 있습니다. 재사용 워크플로를 입력하세요",
    ),
    (
        "the template names ids: choose the immutable subject format and give the ids",
        "템플릿에 ID 클레임이 있습니다. 불변 subject 형식을 고르고 ID를 입력하세요",
    ),
    (
        "the template names repository_id: give every extra repository as name@id",
        "템플릿에 repository_id가 있습니다. 추가 리포지토리를 모두 name@id로 적으세요",
    ),
    (
        "the template names a claim whose value Keyless cannot know for {ctx}",
        "템플릿에 {ctx}에 대해 Keyless가 값을 알 수 없는 클레임이 있습니다",
    ),
    // -----------------------------------------------------------------------------------------
    // The generated files' self-checks (generate.rs, generate/check.rs)
    (
        "This is a Keyless bug; the artifact is withheld. Please report the inputs that caused it.",
        "Keyless의 버그입니다. 이 파일은 보여 주지 않습니다. 이 문제를 일으킨 입력값을 알려 주세요.",
    ),
    (
        "the generated JSON reads back as a different policy",
        "생성된 JSON을 다시 읽으면 다른 정책이 됩니다",
    ),
    (
        "the generated JSON does not parse: {e}",
        "생성된 JSON을 파싱할 수 없습니다: {e}",
    ),
    (
        "the trust policy is {n} characters without whitespace; IAM's default limit is {limit}",
        "신뢰 정책이 공백 제외 {n}자입니다. IAM의 기본 한도는 {limit}자입니다",
    ),
    (
        "List fewer branches or use separate roles, or raise the account's \"Role trust policy length\" quota (up to 4,096).",
        "브랜치 수를 줄이거나 역할을 나누세요. 또는 계정의 \"Role trust policy length\" 할당량을 올리세요 (최대 4,096).",
    ),
    (
        "the permission policy is {n} characters without whitespace; IAM's managed policy limit is {limit}",
        "권한 정책이 공백 제외 {n}자입니다. IAM 관리형 정책의 한도는 {limit}자입니다",
    ),
    (
        "Shorten the repository name.",
        "리포지토리 이름을 줄이세요.",
    ),
    (
        "the generated workflow is not valid YAML: {e}",
        "생성된 워크플로가 올바른 YAML이 아닙니다: {e}",
    ),
    (
        "the generated calling workflow is not valid YAML: {e}",
        "생성된 호출 워크플로가 올바른 YAML이 아닙니다: {e}",
    ),
    (
        "push branches read back as {v}",
        "다시 읽은 push 브랜치가 {v}입니다",
    ),
    (
        "push tags read back as {v}, expected {e}",
        "다시 읽은 push 태그가 {v}입니다 (예상: {e})",
    ),
    (
        "the pull_request trigger does not match the scope",
        "pull_request 트리거가 범위와 맞지 않습니다",
    ),
    (
        "the calling job does not read back with id-token: write",
        "다시 읽은 호출 작업에 id-token: write가 없습니다",
    ),
    (
        "the calling job passes AWS_ROLE_ARN as {v}",
        "호출 작업이 AWS_ROLE_ARN을 {v}(으)로 넘깁니다",
    ),
    (
        "the calling job's uses does not read back as the reusable workflow",
        "다시 읽은 호출 작업의 uses가 재사용 워크플로와 다릅니다",
    ),
    (
        "a reusable workflow must be triggered by workflow_call",
        "재사용 워크플로는 workflow_call로 트리거되어야 합니다",
    ),
    (
        "the AWS_ROLE_ARN secret is not declared as the role placement needs",
        "역할 ARN 위치에 필요한 AWS_ROLE_ARN 시크릿이 선언되어 있지 않습니다",
    ),
    (
        "the job does not read back with id-token: write",
        "다시 읽은 작업에 id-token: write가 없습니다",
    ),
    (
        "environment reads back as {v}",
        "다시 읽은 environment가 {v}입니다",
    ),
    (
        "role-to-assume does not read back as written",
        "다시 읽은 role-to-assume이 쓴 값과 다릅니다",
    ),
    (
        "aws-region does not read back as written",
        "다시 읽은 aws-region이 쓴 값과 다릅니다",
    ),
    (
        "the workflow requests the audience {a}, the role expects {b}",
        "워크플로는 대상 {a}을(를) 요청하지만 역할은 {b}을(를) 기대합니다",
    ),
    (
        "registries reads back as {v}",
        "다시 읽은 registries가 {v}입니다",
    ),
    (
        "REPOSITORY reads back as {v}",
        "다시 읽은 REPOSITORY가 {v}입니다",
    ),
    (
        "the here-document delimiter {d} appears on {n} lines",
        "here-document 구분자 {d}이(가) {n}개 줄에 나옵니다",
    ),
    (
        "the converted jobs' runs present no subject Keyless can know (an environment chosen by an expression, or only reusable-workflow callers)",
        "변환한 작업의 실행에는 Keyless가 알 수 있는 subject가 없습니다 (표현식으로 고른 환경이거나, 재사용 워크플로 호출자뿐임)",
    ),
    (
        "Write the subjects into the form instead (branches or environments) and use the generated files.",
        "대신 양식에 subject(브랜치나 환경)를 적고 생성된 파일을 쓰세요.",
    ),
    // -----------------------------------------------------------------------------------------
    // Reading a pasted policy (lint.rs, lint/read.rs) and JSON's own messages
    (
        "the input is empty; paste a policy document or the output of aws iam get-role",
        "입력이 비어 있습니다. 정책 문서나 aws iam get-role의 출력을 붙여 넣으세요",
    ),
    (
        "the input is {b} bytes, more than the {limit} this checker reads; a policy document is at most 131,072 characters",
        "입력이 {b}바이트로, 이 검사기가 읽는 {limit}바이트보다 큽니다. 정책 문서는 최대 131,072자입니다",
    ),
    (
        "the input is not text (a NUL or other control character at line {l}, column {c}); paste the policy JSON itself",
        "입력이 텍스트가 아닙니다 ({l}번째 줄 {c}번째 열에 NUL 또는 제어 문자). 정책 JSON 자체를 붙여 넣으세요",
    ),
    (
        "invalid JSON at line {l}, column {c}: {@m}",
        "{l}번째 줄 {c}번째 열의 JSON이 올바르지 않습니다: {@m}",
    ),
    (
        "the document in {p} is not valid JSON (line {l}, column {c} of the decoded document): {@m}",
        "{p}의 문서가 올바른 JSON이 아닙니다 (디코딩한 문서의 {l}번째 줄 {c}번째 열): {@m}",
    ),
    (
        "the document in {p} cannot be URL-decoded: {@m}",
        "{p}의 문서를 URL 디코딩할 수 없습니다: {@m}",
    ),
    (
        "a %XX escape is broken or the bytes are not UTF-8",
        "%XX 이스케이프가 깨졌거나 바이트가 UTF-8이 아닙니다",
    ),
    ("not a policy document: {@m}", "정책 문서가 아닙니다: {@m}"),
    (
        "not a policy document: at {p}, {@m}",
        "정책 문서가 아닙니다 ({p}): {@m}",
    ),
    // Whole, so that "{element} has the wrong shape" cannot take a longer text's start.
    (
        "not a policy document: at {p}, {element} has the wrong shape: {@m}",
        "정책 문서가 아닙니다 ({p}): {element}의 형태가 잘못되었습니다. {@m}",
    ),
    (
        "the text starts with a byte-order mark (U+FEFF), which JSON does not allow; save it as UTF-8 without a BOM",
        "텍스트가 바이트 순서 표시(U+FEFF)로 시작하는데, JSON은 이를 허용하지 않습니다. BOM 없는 UTF-8로 저장하세요",
    ),
    (
        "\"{key}\" appears more than once",
        "\"{key}\"이(가) 두 번 이상 나옵니다",
    ),
    (
        "\"{key}\" appears more than once; IAM would not use both",
        "\"{key}\"이(가) 두 번 이상 나옵니다. IAM은 둘 다 쓰지 않습니다",
    ),
    (
        "the text is {@kind}; a policy is a JSON object with \"Version\" and \"Statement\"",
        "텍스트가 {@kind}입니다. 정책은 \"Version\"과 \"Statement\"가 있는 JSON 객체입니다",
    ),
    (
        "there is no \"{key}\" here (expected the output of aws iam get-role)",
        "여기에 \"{key}\"이(가) 없습니다 (aws iam get-role의 출력이어야 합니다)",
    ),
    (
        "there is no \"{key}\" here (expected the output of aws iam get-policy-version)",
        "여기에 \"{key}\"이(가) 없습니다 (aws iam get-policy-version의 출력이어야 합니다)",
    ),
    (
        "expected an object, found {@kind}",
        "객체가 와야 하는데 {@kind}입니다",
    ),
    (
        "the policy document is {@kind}, not an object",
        "정책 문서가 객체가 아니라 {@kind}입니다",
    ),
    (
        "the string is neither a JSON policy nor a URL-encoded one (%7B...)",
        "문자열이 JSON 정책도, URL 인코딩된 정책(%7B...)도 아닙니다",
    ),
    (
        "the object has no \"Statement\" element",
        "객체에 \"Statement\" 요소가 없습니다",
    ),
    (
        "the object has no \"Statement\" element (element names are case-sensitive: \"{k}\" should be \"{w}\")",
        "객체에 \"Statement\" 요소가 없습니다 (요소 이름은 대소문자를 구분합니다: \"{k}\"이(가) 아니라 \"{w}\"여야 합니다)",
    ),
    (
        "the object has no \"Statement\" element; this looks like a permission policy (aws iam get-policy-version / get-role-policy output): check it as the permission policy",
        "객체에 \"Statement\" 요소가 없습니다. 권한 정책(aws iam get-policy-version / get-role-policy 출력)으로 보이니 권한 정책으로 점검하세요",
    ),
    (
        "the object has no \"Statement\" element; this is aws iam get-role output, which holds the trust policy: check it as the trust policy, and read the permission policy with aws iam get-role-policy or get-policy-version",
        "객체에 \"Statement\" 요소가 없습니다. 신뢰 정책이 들어 있는 aws iam get-role 출력이니 신뢰 정책으로 점검하고, 권한 정책은 aws iam get-role-policy나 get-policy-version으로 읽으세요",
    ),
    (
        "\"{key}\" is not an IAM policy element (names are case-sensitive: write \"{right}\")",
        "\"{key}\"은(는) IAM 정책 요소가 아닙니다 (이름은 대소문자를 구분합니다: \"{right}\"(으)로 쓰세요)",
    ),
    (
        "\"{key}\" is not an IAM policy element here; IAM rejects the policy (allowed: {list})",
        "\"{key}\"은(는) 이 위치에 올 수 있는 IAM 정책 요소가 아니므로 IAM이 정책을 거부합니다 (허용: {list})",
    ),
    (
        "\"\" is not an IAM policy element here; IAM rejects the policy (allowed: {list})",
        "빈 이름은 이 위치에 올 수 있는 IAM 정책 요소가 아니므로 IAM이 정책을 거부합니다 (허용: {list})",
    ),
    (
        "Version must be a string such as \"2012-10-17\", not {@kind}",
        "Version은 {@kind}이(가) 아니라 \"2012-10-17\" 같은 문자열이어야 합니다",
    ),
    (
        "Id must be a string, not {@kind}",
        "Id는 {@kind}이(가) 아니라 문자열이어야 합니다",
    ),
    (
        "Statement must be an object or an array of objects, not {@kind}",
        "Statement는 {@kind}이(가) 아니라 객체나 객체 배열이어야 합니다",
    ),
    (
        "Effect must be \"Allow\" or \"Deny\" (case-sensitive), not \"{e}\"",
        "Effect는 \"{e}\"이(가) 아니라 \"Allow\" 또는 \"Deny\"여야 합니다 (대소문자 구분)",
    ),
    (
        "Effect must be \"Allow\" or \"Deny\" (case-sensitive), not \"\"",
        "Effect가 비어 있습니다. \"Allow\" 또는 \"Deny\"여야 합니다 (대소문자 구분)",
    ),
    (
        "Effect must be the string \"Allow\" or \"Deny\", not {@kind}",
        "Effect는 {@kind}이(가) 아니라 문자열 \"Allow\" 또는 \"Deny\"여야 합니다",
    ),
    (
        "the statement has no Effect",
        "Statement에 Effect가 없습니다",
    ),
    (
        "a statement cannot have both {a} and {b}",
        "한 Statement에 {a}와(과) {b}을(를) 함께 쓸 수 없습니다",
    ),
    // The kinds of JSON values
    ("null", "null 값"),
    ("a boolean", "불리언 값"),
    ("a number", "숫자"),
    ("a string", "문자열"),
    ("an array", "배열"),
    ("an object", "객체"),
    ("a list", "목록"),
    // JSON's own messages (serde_json)
    (
        "EOF while parsing a list",
        "배열을 읽는 중에 입력이 끝났습니다",
    ),
    (
        "EOF while parsing an object",
        "객체를 읽는 중에 입력이 끝났습니다",
    ),
    (
        "EOF while parsing a string",
        "문자열을 읽는 중에 입력이 끝났습니다",
    ),
    (
        "EOF while parsing a value",
        "값을 읽는 중에 입력이 끝났습니다",
    ),
    ("expected `:`", "`:`가 와야 합니다"),
    ("expected `,` or `]`", "`,` 또는 `]`가 와야 합니다"),
    ("expected `,` or `}}`", "`,` 또는 `}}`가 와야 합니다"),
    ("expected ident", "식별자가 와야 합니다"),
    ("expected value", "값이 와야 합니다"),
    ("invalid escape", "잘못된 이스케이프입니다"),
    ("invalid number", "잘못된 숫자입니다"),
    ("number out of range", "숫자가 범위를 벗어났습니다"),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "문자열 안에 제어 문자(\\u0000-\\u001F)가 있습니다",
    ),
    ("key must be a string", "키는 문자열이어야 합니다"),
    (
        "lone leading surrogate in hex escape",
        "16진 이스케이프에 짝이 없는 상위 서로게이트가 있습니다",
    ),
    ("trailing comma", "끝에 불필요한 쉼표가 있습니다"),
    ("trailing characters", "JSON 뒤에 불필요한 문자가 있습니다"),
    (
        "unexpected end of hex escape",
        "16진 이스케이프가 중간에 끝났습니다",
    ),
    ("recursion limit exceeded", "중첩 한도를 넘었습니다"),
    (
        "invalid type: {@found}, expected {@expected}",
        "형식이 맞지 않습니다 (예상: {@expected}, 실제: {@found})",
    ),
    ("boolean `{v}`", "불리언 `{v}`"),
    ("integer `{v}`", "정수 `{v}`"),
    ("floating point `{v}`", "실수 `{v}`"),
    ("string {v}", "문자열 {v}"),
    ("sequence", "배열"),
    ("map", "객체"),
    ("a JSON object", "JSON 객체"),
    (
        "data did not match any variant of untagged enum {name}",
        "값이 허용되는 어느 형태(untagged enum {name})와도 맞지 않습니다",
    ),
    // -----------------------------------------------------------------------------------------
    // The trust-policy reader (iam/read.rs); the names are the simulator's
    ("the pasted policy", "붙여 넣은 정책"),
    ("the generated trust policy", "생성된 신뢰 정책"),
    ("the pasted token payload", "붙여 넣은 토큰 페이로드"),
    (
        "{@name} cannot be read: {@m}",
        "{@name}을(를) 읽을 수 없습니다: {@m}",
    ),
    (
        "{@name} is not valid JSON: {@m} at line {l} column {c}",
        "{@name}이(가) 올바른 JSON이 아닙니다 ({l}번째 줄 {c}번째 열): {@m}",
    ),
    (
        "{@name} is {@kind}, not a JSON object of claim names to values",
        "{@name}이(가) 클레임 이름과 값으로 된 JSON 객체가 아니라 {@kind}입니다",
    ),
    (
        "claim {c} was ignored: {@why}",
        "클레임 {c}은(는) 무시했습니다: {@why}",
    ),
    ("it is null", "값이 null입니다"),
    ("it is an object", "값이 객체입니다"),
    (
        "its list holds values other than strings, numbers and booleans",
        "목록에 문자열, 숫자, 불리언이 아닌 값이 있습니다",
    ),
    ("from --provider-arn", "--provider-arn으로 지정함"),
    (
        "the token's issuer in the role's account",
        "역할의 계정에 있는 토큰 발급자",
    ),
    (
        "the token's issuer, as the policy names it",
        "정책에 적힌 토큰 발급자",
    ),
    (
        "the policy names no provider for the token's issuer; give --provider-arn to set it",
        "정책에 토큰 발급자의 공급자가 없습니다. --provider-arn으로 지정하세요",
    ),
    // -----------------------------------------------------------------------------------------
    // Linter findings (lint/rules/*.rs). Notes appended to breadth findings:
    (
        "{@finding} It is not the first value of its list: IAM's create-time guardrail and Checkov's CKV_AWS_358 read only the first value, so neither catches it.",
        "{@finding} 이 값은 목록의 첫 값이 아닙니다. IAM의 생성 시점 검사와 Checkov의 CKV_AWS_358은 첫 값만 읽으므로 둘 다 이를 잡아내지 못합니다.",
    ),
    (
        "{@finding} (The policy has Deny statements; they may exclude part of this, and the linter does not subtract them.)",
        "{@finding} (정책에 Deny 문이 있습니다. 이 중 일부를 제외할 수 있지만, 린터는 이를 빼고 계산하지 않습니다.)",
    ),
    // Help texts shared by several rules
    ("Write arn:{x}.", "다음과 같이 쓰세요: arn:{x}"),
    ("Write \"{x}\".", "다음과 같이 쓰세요: \"{x}\""),
    (
        "Write \"Action\": \"sts:AssumeRoleWithWebIdentity\".",
        "\"Action\": \"sts:AssumeRoleWithWebIdentity\"로 쓰세요.",
    ),
    // perm-action-beyond-push
    (
        "{action} is not needed to push images, and it lets every workflow that can assume the role delete or reconfigure repositories, images or registry settings.",
        "{action}은(는) 이미지 푸시에 필요하지 않으며, 이 역할을 맡을 수 있는 모든 워크플로가 리포지토리, 이미지, 레지스트리 설정을 삭제하거나 바꿀 수 있게 합니다.",
    ),
    (
        "Remove it; keep administrative ECR actions on a role people use, not on CI.",
        "이 액션을 지우세요. ECR 관리 액션은 CI가 아니라 사람이 쓰는 역할에 두세요.",
    ),
    // perm-action-not-ecr
    (
        "action {a} has no service prefix (service:Action), so it is not an ECR action.",
        "액션 {a}에는 서비스 접두사(service:Action)가 없으므로 ECR 액션이 아닙니다.",
    ),
    (
        "Allow only the ECR push actions (ecr:...).",
        "ECR 푸시 액션(ecr:...)만 허용하세요.",
    ),
    (
        "action {a} belongs to {service}, not ECR: a role that pushes images does not need it, and every workflow that can assume the role gets it.",
        "액션 {a}은(는) ECR이 아니라 {service}의 액션입니다. 이미지를 푸시하는 역할에는 필요 없으며, 이 역할을 맡을 수 있는 모든 워크플로가 이 권한을 얻습니다.",
    ),
    (
        "Remove it from this policy; give other permissions to a separate role.",
        "이 정책에서 지우세요. 다른 권한은 별도 역할에 주세요.",
    ),
    // perm-action-wildcard
    (
        "statement {i} allows NotAction: every action of every service except the listed ones.",
        "Statement {i}은(는) NotAction을 허용합니다. 나열된 것을 뺀 모든 서비스의 모든 액션입니다.",
    ),
    (
        "Replace NotAction with the list of ECR push actions.",
        "NotAction을 ECR 푸시 액션 목록으로 바꾸세요.",
    ),
    (
        "action {a} covers every service's actions, not only ECR's.",
        "액션 {a}은(는) ECR뿐 아니라 모든 서비스의 액션을 포함합니다.",
    ),
    (
        "action {a} also grants {list}, which a push role does not need (deleting repositories or images, changing repository or registry policies).",
        "액션 {a}은(는) 푸시 역할에 필요 없는 {list}도 허용합니다 (리포지토리나 이미지 삭제, 리포지토리나 레지스트리 정책 변경).",
    ),
    (
        "List the push actions: ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage, ecr:BatchGetImage (plus ecr:GetDownloadUrlForLayer to pull).",
        "푸시 액션을 나열하세요: ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage, ecr:BatchGetImage (풀하려면 ecr:GetDownloadUrlForLayer도).",
    ),
    // perm-arn-mismatch
    (
        "repository ARN {arn} has {@wrong}: pushes to the intended repository are denied (\"not authorized to perform: ecr:InitiateLayerUpload on resource ...\").",
        "리포지토리 ARN {arn}의 값이 다릅니다: {@wrong}. 의도한 리포지토리로의 푸시가 거부됩니다 (\"not authorized to perform: ecr:InitiateLayerUpload on resource ...\").",
    ),
    (
        "partition {got} instead of {want}",
        "파티션 {got}(예상: {want})",
    ),
    (
        "partition {got} instead of {want}, {@rest}",
        "파티션 {got}(예상: {want}), {@rest}",
    ),
    ("region {got} instead of {want}", "리전 {got}(예상: {want})"),
    (
        "region {got} instead of {want}, {@rest}",
        "리전 {got}(예상: {want}), {@rest}",
    ),
    (
        "account {got} instead of {want}",
        "계정 {got}(예상: {want})",
    ),
    (
        "account {got} instead of {want}, {@rest}",
        "계정 {got}(예상: {want}), {@rest}",
    ),
    (
        "repository {got} instead of {want}",
        "리포지토리 {got}(예상: {want})",
    ),
    // perm-auth-token-scoped
    (
        "ecr:GetAuthorizationToken is allowed only on {r}: the action has no resource type, so IAM matches it only against \"*\" and the login step fails with \"not authorized to perform: ecr:GetAuthorizationToken\".",
        "ecr:GetAuthorizationToken이 {r}에만 허용되어 있습니다. 이 액션은 리소스 유형이 없어 IAM이 \"*\"에만 일치시키므로, 로그인 단계가 \"not authorized to perform: ecr:GetAuthorizationToken\"으로 실패합니다.",
    ),
    (
        "ecr:GetAuthorizationToken is allowed only on no resource: the action has no resource type, so IAM matches it only against \"*\" and the login step fails with \"not authorized to perform: ecr:GetAuthorizationToken\".",
        "ecr:GetAuthorizationToken을 허용하는 Statement에 리소스가 없습니다. 이 액션은 리소스 유형이 없어 IAM이 \"*\"에만 일치시키므로, 로그인 단계가 \"not authorized to perform: ecr:GetAuthorizationToken\"으로 실패합니다.",
    ),
    (
        "Add a statement {{ \"Effect\": \"Allow\", \"Action\": \"ecr:GetAuthorizationToken\", \"Resource\": \"*\" }}.",
        "다음 Statement를 추가하세요: {{ \"Effect\": \"Allow\", \"Action\": \"ecr:GetAuthorizationToken\", \"Resource\": \"*\" }}",
    ),
    // perm-missing-push-action
    (
        "no Allow statement grants {list}: docker push fails (the login step for GetAuthorizationToken, the layer upload or the manifest put for the others).",
        "{list}을(를) 허용하는 Allow Statement가 없습니다. docker push가 실패합니다 (GetAuthorizationToken이 없으면 로그인 단계에서, 나머지가 없으면 레이어 업로드나 매니페스트 저장에서).",
    ),
    (
        "Allow ecr:GetAuthorizationToken on \"*\" and ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage, ecr:BatchGetImage on the repository ARN.",
        "ecr:GetAuthorizationToken은 \"*\"에, ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage, ecr:BatchGetImage는 리포지토리 ARN에 허용하세요.",
    ),
    // perm-resource-malformed
    (
        "resource {r} is not a repository ARN: {@why}; ECR actions never match it.",
        "리소스 {r}은(는) 리포지토리 ARN이 아닙니다: {@why}. ECR 액션은 이 리소스와 절대 일치하지 않습니다.",
    ),
    ("it is neither \"*\" nor an ARN", "\"*\"도 ARN도 아닙니다"),
    (
        "it does not have the six colon-separated parts of an ARN",
        "콜론으로 구분된 ARN의 여섯 부분을 갖추지 않았습니다",
    ),
    (
        "the resource part is \"{res}\", not repository/NAME",
        "리소스 부분이 repository/NAME이 아니라 \"{res}\"입니다",
    ),
    (
        "it is not an ECR ARN, so no ECR action ever applies to it",
        "ECR ARN이 아니므로 어떤 ECR 액션도 적용되지 않습니다",
    ),
    (
        "\"{p}\" is not an AWS partition",
        "\"{p}\"은(는) AWS 파티션이 아닙니다",
    ),
    ("the region is empty", "리전이 비어 있습니다"),
    (
        "the account \"{a}\" is not 12 digits",
        "계정 \"{a}\"이(가) 12자리 숫자가 아닙니다",
    ),
    ("the account \"\" is not 12 digits", "계정이 비어 있습니다"),
    ("\"\" is not an AWS partition", "파티션이 비어 있습니다"),
    (
        "the resource part is \"\", not repository/NAME",
        "리소스 부분이 비어 있습니다 (repository/NAME이어야 합니다)",
    ),
    (
        "the repository name is empty",
        "리포지토리 이름이 비어 있습니다",
    ),
    (
        "Write arn:aws:ecr:REGION:ACCOUNT:repository/NAME (and \"*\" only for ecr:GetAuthorizationToken).",
        "arn:aws:ecr:REGION:ACCOUNT:repository/NAME 형식으로 쓰세요 (\"*\"는 ecr:GetAuthorizationToken에만 쓰세요).",
    ),
    // perm-resource-too-broad
    (
        "statement {i} allows its actions on every resource except the listed ones (NotResource).",
        "Statement {i}은(는) 나열된 것을 뺀 모든 리소스에 액션을 허용합니다 (NotResource).",
    ),
    (
        "Replace NotResource with the repository ARN.",
        "NotResource를 리포지토리 ARN으로 바꾸세요.",
    ),
    (
        "statement {i} allows push actions on {@what}, not one repository: a workflow can overwrite images in repositories it does not own.",
        "Statement {i}은(는) 리포지토리 하나가 아니라 {@what}에 푸시 액션을 허용합니다. 워크플로가 자기 것이 아닌 리포지토리의 이미지를 덮어쓸 수 있습니다.",
    ),
    (
        "statement {i} allows push actions on {@what}, not one repository: a workflow can overwrite images in repositories it does not own. Keep ecr:GetAuthorizationToken on \"*\" in a statement of its own.",
        "Statement {i}은(는) 리포지토리 하나가 아니라 {@what}에 푸시 액션을 허용합니다. 워크플로가 자기 것이 아닌 리포지토리의 이미지를 덮어쓸 수 있습니다. \"*\"에 대한 ecr:GetAuthorizationToken은 별도 Statement로 두세요.",
    ),
    (
        "every repository in every region and account the role can reach",
        "역할이 접근할 수 있는 모든 리전과 계정의 모든 리포지토리",
    ),
    (
        "every repository matching {r}",
        "{r}와(과) 일치하는 모든 리포지토리",
    ),
    (
        "Use the repository's ARN, arn:aws:ecr:REGION:ACCOUNT:repository/NAME, as Resource for the push actions.",
        "푸시 액션의 Resource로 리포지토리 ARN(arn:aws:ecr:REGION:ACCOUNT:repository/NAME)을 쓰세요.",
    ),
    // policy-character-set
    (
        "{text} contains U+{code} (a control character); IAM accepts only tab, line breaks and U+0020-U+00FF in a policy document, so CreateRole / PutRolePolicy reject it.",
        "{text}에 U+{code}(제어 문자)이(가) 있습니다. IAM은 정책 문서에 탭, 줄바꿈, U+0020-U+00FF만 받으므로 CreateRole / PutRolePolicy가 이를 거부합니다.",
    ),
    (
        "{text} contains U+{code} (\"{c}\"); IAM accepts only tab, line breaks and U+0020-U+00FF in a policy document, so CreateRole / PutRolePolicy reject it.",
        "{text}에 U+{code}(\"{c}\")이(가) 있습니다. IAM은 정책 문서에 탭, 줄바꿈, U+0020-U+00FF만 받으므로 CreateRole / PutRolePolicy가 이를 거부합니다.",
    ),
    (
        "Retype the value with plain ASCII characters (pasted text often carries typographic quotes, dashes or non-breaking spaces).",
        "일반 ASCII 문자로 값을 다시 입력하세요 (붙여 넣은 텍스트에는 둥근 따옴표, 대시, 줄바꿈 없는 공백이 섞여 있는 경우가 많습니다).",
    ),
    // policy-version
    (
        "Version is {v}: IAM then treats ${{...}} as literal text, so policy variables and the ${{*}}, ${{?}}, ${{$}} escapes do not work.",
        "Version이 {v}입니다. 이때 IAM은 ${{...}}를 문자 그대로 다루므로 정책 변수와 ${{*}}, ${{?}}, ${{$}} 이스케이프가 동작하지 않습니다.",
    ),
    (
        "the policy has no Version: IAM then treats ${{...}} as literal text, so policy variables and the ${{*}}, ${{?}}, ${{$}} escapes do not work.",
        "정책에 Version이 없습니다. 이때 IAM은 ${{...}}를 문자 그대로 다루므로 정책 변수와 ${{*}}, ${{?}}, ${{$}} 이스케이프가 동작하지 않습니다.",
    ),
    (
        "Add \"Version\": \"2012-10-17\".",
        "\"Version\": \"2012-10-17\"을 추가하세요.",
    ),
    // trust-action-mismatch
    (
        "Action is {list}: a Federated (OIDC) principal can only call sts:AssumeRoleWithWebIdentity, so every token is refused (Access Analyzer: mismatched action for principal).",
        "Action이 {list}입니다. Federated(OIDC) 보안 주체는 sts:AssumeRoleWithWebIdentity만 호출할 수 있으므로 모든 토큰이 거부됩니다 (Access Analyzer의 \"mismatched action for principal\" 결과).",
    ),
    (
        "NotAction excludes sts:AssumeRoleWithWebIdentity: a Federated (OIDC) principal can only call sts:AssumeRoleWithWebIdentity, so every token is refused (Access Analyzer: mismatched action for principal).",
        "NotAction이 sts:AssumeRoleWithWebIdentity를 제외합니다. Federated(OIDC) 보안 주체는 sts:AssumeRoleWithWebIdentity만 호출할 수 있으므로 모든 토큰이 거부됩니다 (Access Analyzer의 \"mismatched action for principal\" 결과).",
    ),
    (
        "the statement has no Action: a Federated (OIDC) principal can only call sts:AssumeRoleWithWebIdentity, so every token is refused (Access Analyzer: mismatched action for principal).",
        "Statement에 Action이 없습니다. Federated(OIDC) 보안 주체는 sts:AssumeRoleWithWebIdentity만 호출할 수 있으므로 모든 토큰이 거부됩니다 (Access Analyzer의 \"mismatched action for principal\" 결과).",
    ),
    // trust-aud-missing
    (
        "statement {i} does not check aud: the role accepts a token a job requested for any audience, for instance one it minted for another service.",
        "Statement {i}은(는) aud를 확인하지 않습니다. 작업이 어떤 대상으로 요청한 토큰이든(예: 다른 서비스용으로 발급받은 토큰) 이 역할이 받아들입니다.",
    ),
    (
        "Add \"{prefix}:aud\": \"{aud}\" under StringEquals.",
        "StringEquals 아래에 \"{prefix}:aud\": \"{aud}\"를 추가하세요.",
    ),
    // trust-aud-unusual
    ("aud value {v} {@why}.", "aud 값 {v}은(는) {@why}."),
    (
        "aud value {v} (value {i} of {n}) {@why}.",
        "aud 값 {v}(값 {n}개 중 {i}번째)은(는) {@why}.",
    ),
    (
        "is a pattern, so tokens minted for other audiences that match it are accepted too",
        "패턴이므로, 이 패턴과 일치하는 다른 대상용으로 발급된 토큰도 받아들여집니다",
    ),
    (
        "is GitHub's default audience (the owner's URL), which a token carries only when no audience is requested; configure-aws-credentials requests sts.amazonaws.com unless its audience input is set",
        "GitHub의 기본 대상(소유자 URL)으로, 대상을 요청하지 않았을 때만 토큰에 들어갑니다. configure-aws-credentials는 audience 입력을 설정하지 않으면 sts.amazonaws.com을 요청합니다",
    ),
    (
        "is not the audience for the {p} partition ({expected}); the action must request the one the provider lists",
        "{p} 파티션의 대상({expected})이 아닙니다. 액션이 공급자에 등록된 대상을 요청해야 합니다",
    ),
    (
        "is not what configure-aws-credentials requests ({expected} by default); the job must set audience: {v} and the provider must list it",
        "configure-aws-credentials가 요청하는 값(기본값 {expected})이 아닙니다. 작업에서 audience: {v}을(를) 설정하고 공급자에도 등록해야 합니다",
    ),
    (
        "Use \"{a}\" under StringEquals, and register it on the provider (aws iam add-client-id-to-open-id-connect-provider --client-id {b}).",
        "StringEquals 아래에 \"{a}\"를 쓰고, 공급자에도 등록하세요 (aws iam add-client-id-to-open-id-connect-provider --client-id {b}).",
    ),
    // trust-claim-key-unconfirmed
    (
        "{key} reads the token's {claim} claim: {@status} [?]. If AWS does not expose it, the key is absent and a positive condition on it refuses every token.",
        "{key}은(는) 토큰의 {claim} 클레임을 읽습니다: {@status} [?]. AWS가 이 클레임을 노출하지 않으면 키가 없게 되어, 이 키에 대한 긍정 조건은 모든 토큰을 거부합니다.",
    ),
    (
        "third-party summaries of AWS's 2026 launch list it as a supported key, but AWS's own list was not confirmed",
        "AWS의 2026년 출시를 정리한 외부 자료에는 지원되는 키로 나오지만, AWS 자체 목록으로는 확인되지 않았습니다",
    ),
    (
        "no source seen lists it among the GitHub claims AWS STS exposes",
        "AWS STS가 노출하는 GitHub 클레임 가운데 이 클레임을 나열한 자료를 찾지 못했습니다",
    ),
    (
        "Keep sub as the main guard; test an extra claim key with a real run (or the IAM policy simulator) before relying on it, or encode it in a customized sub template instead.",
        "sub를 주된 보호 수단으로 두세요. 추가 클레임 키는 의존하기 전에 실제 실행(또는 IAM 정책 시뮬레이터)으로 시험하거나, 대신 사용자 지정 sub 템플릿에 넣으세요.",
    ),
    // trust-condition-key-unknown
    (
        "condition key {key} starts with {prefix}, but this provider's keys start with {wanted}: (the issuer's host and path, without https://); the key is never present in the request, so {@consequence}.",
        "조건 키 {key}은(는) {prefix}(으)로 시작하지만, 이 공급자의 키는 {wanted}:(https:// 없이 발급자의 호스트와 경로)로 시작합니다. 이 키는 요청에 절대 없으므로 {@consequence}.",
    ),
    (
        "condition key {key} names the claim {claim}, which GitHub tokens do not carry; the key is never present in the request, so {@consequence}.",
        "조건 키 {key}은(는) GitHub 토큰에 없는 클레임 {claim}을(를) 가리킵니다. 이 키는 요청에 절대 없으므로 {@consequence}.",
    ),
    (
        "the condition is always true and checks nothing",
        "조건이 항상 참이 되어 아무것도 확인하지 않습니다",
    ),
    (
        "the condition is always false and no token can assume the role",
        "조건이 항상 거짓이 되어 어떤 토큰도 역할을 맡을 수 없습니다",
    ),
    (
        "Use a claim GitHub issues (sub, aud, ...); see https://{prefix}/.well-known/openid-configuration (claims_supported).",
        "GitHub가 발급하는 클레임(sub, aud, ...)을 쓰세요. https://{prefix}/.well-known/openid-configuration(claims_supported)을 참고하세요.",
    ),
    // trust-for-all-values, trust-for-any-value
    (
        "{op} on {key}: GitHub's {claim} claim is single-valued, and ForAllValues is true when the key is absent from the request, so this condition can pass without checking {claim2} at all (AWS: do not use set operators with single-valued keys).",
        "{key}에 대한 {op}: GitHub의 {claim} 클레임은 단일 값이고, ForAllValues는 요청에 키가 없으면 참이므로 이 조건은 {claim2}을(를) 전혀 확인하지 않고 통과할 수 있습니다 (AWS: 단일 값 키에는 집합 연산자를 쓰지 마세요).",
    ),
    (
        "{op} on {key}: GitHub's {claim} claim is single-valued; AWS advises against set operators on single-valued keys because they can make a policy more permissive than it reads, especially combined with negated operators.",
        "{key}에 대한 {op}: GitHub의 {claim} 클레임은 단일 값입니다. 집합 연산자는 특히 부정 연산자와 함께 쓰면 정책이 보이는 것보다 더 많이 허용하게 만들 수 있어, AWS는 단일 값 키에 쓰지 말라고 권고합니다.",
    ),
    (
        "Write the operator without the qualifier: {op}.",
        "한정자를 뺀 연산자로 쓰세요: {op}",
    ),
    // trust-legacy-issuer
    (
        "provider {v} is the 2021 pre-release issuer; GitHub issues tokens from https://token.actions.githubusercontent.com, so none match it.",
        "공급자 {v}은(는) 2021년 정식 출시 전의 발급자입니다. GitHub는 https://token.actions.githubusercontent.com에서 토큰을 발급하므로 이 공급자와 일치하는 토큰은 없습니다.",
    ),
    (
        "condition key {key} uses the 2021 pre-release issuer; no current token carries it.",
        "조건 키 {key}은(는) 2021년 정식 출시 전의 발급자를 씁니다. 현재 토큰에는 이 키가 없습니다.",
    ),
    (
        "Use token.actions.githubusercontent.com: create that provider if needed (aws iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com --client-id-list sts.amazonaws.com) and write its ARN and key prefix.",
        "token.actions.githubusercontent.com을 쓰세요. 필요하면 그 공급자를 만들고(aws iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com --client-id-list sts.amazonaws.com) 그 ARN과 키 접두사를 쓰세요.",
    ),
    // trust-no-github-provider
    (
        "no Allow statement trusts a GitHub Actions OIDC provider (the policy names no principal at all), so no workflow can assume this role.",
        "GitHub Actions OIDC 공급자를 신뢰하는 Allow Statement가 없으므로(정책에 보안 주체가 전혀 없음) 어떤 워크플로도 이 역할을 맡을 수 없습니다.",
    ),
    (
        "no Allow statement trusts a GitHub Actions OIDC provider (the policy names {names}), so no workflow can assume this role.",
        "GitHub Actions OIDC 공급자를 신뢰하는 Allow Statement가 없으므로(정책에 있는 보안 주체: {names}) 어떤 워크플로도 이 역할을 맡을 수 없습니다.",
    ),
    (
        "Add a statement with \"Principal\": {{\"Federated\": \"arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com\"}} and \"Action\": \"sts:AssumeRoleWithWebIdentity\".",
        "\"Principal\": {{\"Federated\": \"arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com\"}}와 \"Action\": \"sts:AssumeRoleWithWebIdentity\"가 있는 Statement를 추가하세요.",
    ),
    // trust-provider-invalid
    (
        "Federated principal {v} is not an OIDC provider ARN: {@why}. IAM rejects the policy or no token ever matches it.",
        "Federated 보안 주체 {v}은(는) OIDC 공급자 ARN이 아닙니다: {@why}. IAM이 정책을 거부하거나, 어떤 토큰도 이와 일치하지 않습니다.",
    ),
    (
        "it is not an ARN; a Federated principal names the provider as arn:aws:iam::ACCOUNT:oidc-provider/HOST",
        "ARN이 아닙니다. Federated 보안 주체는 공급자를 arn:aws:iam::ACCOUNT:oidc-provider/HOST 형식으로 적습니다",
    ),
    (
        "the service is \"{s}\"; OIDC providers are IAM resources (arn:{p}:iam::...)",
        "서비스가 \"{s}\"입니다. OIDC 공급자는 IAM 리소스입니다 (arn:{p}:iam::...)",
    ),
    (
        "the service is \"\"; OIDC providers are IAM resources (arn:{p}:iam::...)",
        "서비스가 비어 있습니다. OIDC 공급자는 IAM 리소스입니다 (arn:{p}:iam::...)",
    ),
    (
        "IAM ARNs have no region, but this one has \"{r}\"",
        "IAM ARN에는 리전이 없는데, 이 ARN에는 \"{r}\"이(가) 있습니다",
    ),
    (
        "the resource is \"{r}\", not oidc-provider/HOST",
        "리소스가 oidc-provider/HOST가 아니라 \"{r}\"입니다",
    ),
    (
        "the provider name \"{h}\" includes a URL scheme; IAM names providers without https://",
        "공급자 이름 \"{h}\"에 URL 스킴이 들어 있습니다. IAM은 https:// 없이 공급자 이름을 씁니다",
    ),
    (
        "the provider name \"{h}\" is empty or ends with /",
        "공급자 이름 \"{h}\"이(가) 비어 있거나 /로 끝납니다",
    ),
    (
        "Write {arn} (or your issuer's host/path, without https://).",
        "다음과 같이 쓰세요: {arn} (또는 https://를 뺀 발급자의 호스트/경로)",
    ),
    // trust-provider-mismatch
    (
        "provider {v} names {@wrong}: tokens are refused with \"Not authorized to perform sts:AssumeRoleWithWebIdentity\" or \"No OpenIDConnect provider found\".",
        "공급자 {v}의 값이 다릅니다: {@wrong}. 토큰이 \"Not authorized to perform sts:AssumeRoleWithWebIdentity\" 또는 \"No OpenIDConnect provider found\"로 거부됩니다.",
    ),
    (
        "account {got} instead of the role's account {want} (the provider must be in the role's own account)",
        "계정 {got}(역할의 계정은 {want}. 공급자는 역할과 같은 계정에 있어야 함)",
    ),
    (
        "account {got} instead of the role's account {want} (the provider must be in the role's own account), and {@rest}",
        "계정 {got}(역할의 계정은 {want}. 공급자는 역할과 같은 계정에 있어야 함), {@rest}",
    ),
    (
        "partition {got} instead of {want}, and {@rest}",
        "파티션 {got}(예상: {want}), {@rest}",
    ),
    (
        "issuer {got} instead of {want} (the provider URL must equal the token's iss)",
        "발급자 {got}(예상: {want}. 공급자 URL은 토큰의 iss와 같아야 함)",
    ),
    // trust-size-limit
    (
        "the trust policy is {n} characters without whitespace, over the quota of {limit}: CreateRole / UpdateAssumeRolePolicy fail with \"LimitExceeded: Cannot exceed quota for ACLSizePerRole\". How IAM counts (whitespace excluded, escapes) is not confirmed [?], so policies near the limit may differ by a few characters.",
        "신뢰 정책이 공백 제외 {n}자로 할당량 {limit}자를 넘습니다. CreateRole / UpdateAssumeRolePolicy가 \"LimitExceeded: Cannot exceed quota for ACLSizePerRole\"로 실패합니다. IAM이 글자 수를 세는 방식(공백 제외, 이스케이프)은 확인되지 않았으므로 [?] 한도 근처의 정책은 몇 글자 차이가 날 수 있습니다.",
    ),
    (
        "Shorten the policy (fewer sub values, or one role per repository).",
        "정책을 줄이세요 (sub 값을 줄이거나, 리포지토리마다 역할을 하나씩 두세요).",
    ),
    (
        "Shorten the policy (fewer sub values, or one role per repository) or ask for a higher \"Role trust policy length\" quota (up to 4,096).",
        "정책을 줄이거나 (sub 값을 줄이거나, 리포지토리마다 역할을 하나씩 두세요) \"Role trust policy length\" 할당량 상향을 요청하세요 (최대 4,096).",
    ),
    // trust-string-like-no-wildcard
    (
        "{op} on {key} has no * or ? in any value, so it matches exactly, as {plain} would; readers and scanners expect StringLike to mean a pattern.",
        "{key}에 대한 {op}의 어느 값에도 * 나 ?가 없으므로 {plain}처럼 정확히 일치합니다. 읽는 사람과 스캐너는 StringLike를 패턴으로 여깁니다.",
    ),
    (
        "Move the key under {plain}.",
        "이 키를 {plain} 아래로 옮기세요.",
    ),
    // trust-sub-any-branch
    (
        "{op} {v} admits every branch of {repo}: anyone with write access can push a new branch and assume this role from it, without review.",
        "{op} {v}은(는) {repo}의 모든 브랜치를 허용합니다. 쓰기 권한이 있는 누구나 새 브랜치를 푸시해 검토 없이 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits every branch of {repo}: anyone with write access can push a new branch and assume this role from it, without review.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}의 모든 브랜치를 허용합니다. 쓰기 권한이 있는 누구나 새 브랜치를 푸시해 검토 없이 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} admits every branch and tag of {repo}: anyone with write access can push a new branch and assume this role from it, without review.",
        "{op} {v}은(는) {repo}의 모든 브랜치와 태그를 허용합니다. 쓰기 권한이 있는 누구나 새 브랜치를 푸시해 검토 없이 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits every branch and tag of {repo}: anyone with write access can push a new branch and assume this role from it, without review.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}의 모든 브랜치와 태그를 허용합니다. 쓰기 권한이 있는 누구나 새 브랜치를 푸시해 검토 없이 이 역할을 맡을 수 있습니다.",
    ),
    (
        "List the branches that may push (\"repo:{repo}:ref:refs/heads/main\") with StringEquals, or require a protected environment.",
        "푸시할 수 있는 브랜치를 StringEquals로 나열하거나(\"repo:{repo}:ref:refs/heads/main\"), 보호된 환경을 요구하세요.",
    ),
    // trust-sub-any-repo
    (
        "{op} {v} admits {@what}: a workflow in a repository you do not control can assume this role.",
        "{op} {v}은(는) {@what}를 허용합니다. 내가 관리하지 않는 리포지토리의 워크플로도 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits {@what}: a workflow in a repository you do not control can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {@what}를 허용합니다. 내가 관리하지 않는 리포지토리의 워크플로도 이 역할을 맡을 수 있습니다.",
    ),
    (
        "any repository whose owner matches {p}",
        "소유자가 {p}와(과) 일치하는 모든 리포지토리",
    ),
    (
        "Name the owner and repository: \"repo:OWNER/REPO:ref:refs/heads/BRANCH\" with StringEquals.",
        "소유자와 리포지토리를 지정하세요: StringEquals로 \"repo:OWNER/REPO:ref:refs/heads/BRANCH\".",
    ),
    // trust-sub-case-mismatch
    (
        "{v} names {@diffs}, differing only in case: {op} compares case-sensitively and the token carries the names as GitHub displays them, so one of the two spellings fails.",
        "{v}의 이름이 대소문자만 다릅니다: {@diffs}. {op}은(는) 대소문자를 구분해 비교하고 토큰에는 GitHub에 표시된 이름이 들어가므로, 두 표기 중 하나는 실패합니다.",
    ),
    (
        "{v} (value {i} of {n}) names {@diffs}, differing only in case: {op} compares case-sensitively and the token carries the names as GitHub displays them, so one of the two spellings fails.",
        "{v}(값 {n}개 중 {i}번째)의 이름이 대소문자만 다릅니다: {@diffs}. {op}은(는) 대소문자를 구분해 비교하고 토큰에는 GitHub에 표시된 이름이 들어가므로, 두 표기 중 하나는 실패합니다.",
    ),
    ("owner {w} (expected {e})", "소유자 {w}(예상: {e})"),
    (
        "owner {w} (expected {e}) and {@rest}",
        "소유자 {w}(예상: {e}), {@rest}",
    ),
    ("repository {w} (expected {e})", "리포지토리 {w}(예상: {e})"),
    (
        "Write the owner and repository exactly as GitHub shows them (the github.repository value of a run), or compare with StringEqualsIgnoreCase.",
        "소유자와 리포지토리를 GitHub에 표시된 그대로(실행의 github.repository 값) 쓰거나, StringEqualsIgnoreCase로 비교하세요.",
    ),
    // trust-sub-environment-colon
    (
        "environment {w} is written with a raw \":\" in {v}: GitHub encodes a \":\" inside a claim value as %3A, so the token's sub ends in environment:{enc} and this value never matches.",
        "환경 {w}이(가) {v}에 \":\" 그대로 적혀 있습니다. GitHub는 클레임 값 안의 \":\"를 %3A로 인코딩하므로 토큰의 sub는 environment:{enc}(으)로 끝나고, 이 값은 절대 일치하지 않습니다.",
    ),
    (
        "environment {w} is written with a raw \":\" in {v} (value {i} of {n}): GitHub encodes a \":\" inside a claim value as %3A, so the token's sub ends in environment:{enc} and this value never matches.",
        "환경 {w}이(가) {v}(값 {n}개 중 {i}번째)에 \":\" 그대로 적혀 있습니다. GitHub는 클레임 값 안의 \":\"를 %3A로 인코딩하므로 토큰의 sub는 environment:{enc}(으)로 끝나고, 이 값은 절대 일치하지 않습니다.",
    ),
    // trust-sub-form-mismatch
    (
        "{op} {v} uses the name form repo:{name}, but this repository's tokens carry the immutable form repo:{o}@OWNER_ID/{r}@REPO_ID (repositories created, renamed or transferred after 15 July 2026, or opted in), so it never matches.",
        "{op} {v}은(는) 이름 형식 repo:{name}을(를) 쓰지만, 이 리포지토리의 토큰에는 불변 형식 repo:{o}@OWNER_ID/{r}@REPO_ID가 들어가므로(2026년 7월 15일 이후 생성, 이름 변경, 이전되었거나 옵트인한 리포지토리) 절대 일치하지 않습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) uses the name form repo:{name}, but this repository's tokens carry the immutable form repo:{o}@OWNER_ID/{r}@REPO_ID (repositories created, renamed or transferred after 15 July 2026, or opted in), so it never matches.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) 이름 형식 repo:{name}을(를) 쓰지만, 이 리포지토리의 토큰에는 불변 형식 repo:{o}@OWNER_ID/{r}@REPO_ID가 들어가므로(2026년 7월 15일 이후 생성, 이름 변경, 이전되었거나 옵트인한 리포지토리) 절대 일치하지 않습니다.",
    ),
    (
        "Write repo:{o}@OWNER_ID/{r}@REPO_ID:... (IDs from GET /repos/{name}: owner.id and id), or list both forms during the transition.",
        "repo:{o}@OWNER_ID/{r}@REPO_ID:... 형식으로 쓰거나(ID는 GET /repos/{name}의 owner.id와 id), 전환 기간에는 두 형식을 모두 나열하세요.",
    ),
    // The same with an empty owner or repository (the value is also reported as one GitHub
    // never issues).
    (
        "{op} {v} uses the name form repo:{name}, but this repository's tokens carry the immutable form repo:@OWNER_ID/{r}@REPO_ID (repositories created, renamed or transferred after 15 July 2026, or opted in), so it never matches.",
        "{op} {v}은(는) 이름 형식 repo:{name}을(를) 쓰지만, 이 리포지토리의 토큰에는 불변 형식 repo:@OWNER_ID/{r}@REPO_ID가 들어가므로(2026년 7월 15일 이후 생성, 이름 변경, 이전되었거나 옵트인한 리포지토리) 절대 일치하지 않습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) uses the name form repo:{name}, but this repository's tokens carry the immutable form repo:@OWNER_ID/{r}@REPO_ID (repositories created, renamed or transferred after 15 July 2026, or opted in), so it never matches.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) 이름 형식 repo:{name}을(를) 쓰지만, 이 리포지토리의 토큰에는 불변 형식 repo:@OWNER_ID/{r}@REPO_ID가 들어가므로(2026년 7월 15일 이후 생성, 이름 변경, 이전되었거나 옵트인한 리포지토리) 절대 일치하지 않습니다.",
    ),
    (
        "{op} {v} uses the name form repo:{name}, but this repository's tokens carry the immutable form repo:{o}@OWNER_ID/@REPO_ID (repositories created, renamed or transferred after 15 July 2026, or opted in), so it never matches.",
        "{op} {v}은(는) 이름 형식 repo:{name}을(를) 쓰지만, 이 리포지토리의 토큰에는 불변 형식 repo:{o}@OWNER_ID/@REPO_ID가 들어가므로(2026년 7월 15일 이후 생성, 이름 변경, 이전되었거나 옵트인한 리포지토리) 절대 일치하지 않습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) uses the name form repo:{name}, but this repository's tokens carry the immutable form repo:{o}@OWNER_ID/@REPO_ID (repositories created, renamed or transferred after 15 July 2026, or opted in), so it never matches.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) 이름 형식 repo:{name}을(를) 쓰지만, 이 리포지토리의 토큰에는 불변 형식 repo:{o}@OWNER_ID/@REPO_ID가 들어가므로(2026년 7월 15일 이후 생성, 이름 변경, 이전되었거나 옵트인한 리포지토리) 절대 일치하지 않습니다.",
    ),
    (
        "Write repo:@OWNER_ID/{r}@REPO_ID:... (IDs from GET /repos/{name}: owner.id and id), or list both forms during the transition.",
        "repo:@OWNER_ID/{r}@REPO_ID:... 형식으로 쓰거나(ID는 GET /repos/{name}의 owner.id와 id), 전환 기간에는 두 형식을 모두 나열하세요.",
    ),
    (
        "Write repo:{o}@OWNER_ID/@REPO_ID:... (IDs from GET /repos/{name}: owner.id and id), or list both forms during the transition.",
        "repo:{o}@OWNER_ID/@REPO_ID:... 형식으로 쓰거나(ID는 GET /repos/{name}의 owner.id와 id), 전환 기간에는 두 형식을 모두 나열하세요.",
    ),
    (
        "{op} {v} uses the immutable form, but this repository's tokens still carry the name form repo:{name}:..., so it never matches.",
        "{op} {v}은(는) 불변 형식을 쓰지만, 이 리포지토리의 토큰에는 아직 이름 형식 repo:{name}:...이(가) 들어가므로 절대 일치하지 않습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) uses the immutable form, but this repository's tokens still carry the name form repo:{name}:..., so it never matches.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) 불변 형식을 쓰지만, 이 리포지토리의 토큰에는 아직 이름 형식 repo:{name}:...이(가) 들어가므로 절대 일치하지 않습니다.",
    ),
    (
        "Write repo:{name}:..., or list both forms until the repository switches.",
        "repo:{name}:... 형식으로 쓰거나, 리포지토리가 전환될 때까지 두 형식을 모두 나열하세요.",
    ),
    // trust-sub-missing
    (
        "statement {i} trusts the GitHub OIDC provider but evaluates no sub condition: a workflow in any GitHub repository can request a token and assume this role",
        "Statement {i}은(는) GitHub OIDC 공급자를 신뢰하지만 sub 조건을 평가하지 않습니다. GitHub의 어느 리포지토리에 있는 워크플로든 토큰을 요청해 이 역할을 맡을 수 있습니다",
    ),
    (
        "statement {i} trusts the GitHub OIDC provider but evaluates no sub condition (it checks only {claims}, which name no repository and branch): a workflow in any GitHub repository can request a token and assume this role",
        "Statement {i}은(는) GitHub OIDC 공급자를 신뢰하지만 sub 조건을 평가하지 않습니다 (리포지토리와 브랜치를 지정하지 않는 {claims}만 확인). GitHub의 어느 리포지토리에 있는 워크플로든 토큰을 요청해 이 역할을 맡을 수 있습니다",
    ),
    (
        "Add \"{prefix}:sub\": \"repo:OWNER/REPO:ref:refs/heads/BRANCH\" under StringEquals.",
        "StringEquals 아래에 \"{prefix}:sub\": \"repo:OWNER/REPO:ref:refs/heads/BRANCH\"를 추가하세요.",
    ),
    // trust-sub-org-wide
    (
        "{op} {v} admits {@which}, including repositories created later, every branch and their pull requests: anyone who can create or push to such a repository can assume this role.",
        "{op} {v}은(는) 나중에 만드는 리포지토리와 모든 브랜치, 그 풀 리퀘스트까지 포함해 {@which}를 허용합니다. 그런 리포지토리를 만들거나 그곳에 푸시할 수 있는 누구나 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits {@which}, including repositories created later, every branch and their pull requests: anyone who can create or push to such a repository can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) 나중에 만드는 리포지토리와 모든 브랜치, 그 풀 리퀘스트까지 포함해 {@which}를 허용합니다. 그런 리포지토리를 만들거나 그곳에 푸시할 수 있는 누구나 이 역할을 맡을 수 있습니다.",
    ),
    ("every repository of {owner}", "{owner}의 모든 리포지토리"),
    (
        "every repository of {owner} whose name matches {p}",
        "{owner}에서 이름이 {p}와(과) 일치하는 모든 리포지토리",
    ),
    (
        "Name the repository and branch: \"repo:{owner}/REPO:ref:refs/heads/BRANCH\" with StringEquals (list several values for several repositories).",
        "리포지토리와 브랜치를 지정하세요: StringEquals로 \"repo:{owner}/REPO:ref:refs/heads/BRANCH\" (리포지토리가 여럿이면 값을 여러 개 나열).",
    ),
    // trust-sub-pull-request
    (
        "{op} {v} admits pull request runs of {repo}: every pull request from a branch of the repository gets the same subject repo:{repo2}:pull_request, so unreviewed code can push images with this role.",
        "{op} {v}은(는) {repo}의 풀 리퀘스트 실행을 허용합니다. 리포지토리 브랜치의 모든 풀 리퀘스트가 같은 subject repo:{repo2}:pull_request를 받으므로, 검토되지 않은 코드가 이 역할로 이미지를 푸시할 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits pull request runs of {repo}: every pull request from a branch of the repository gets the same subject repo:{repo2}:pull_request, so unreviewed code can push images with this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}의 풀 리퀘스트 실행을 허용합니다. 리포지토리 브랜치의 모든 풀 리퀘스트가 같은 subject repo:{repo2}:pull_request를 받으므로, 검토되지 않은 코드가 이 역할로 이미지를 푸시할 수 있습니다.",
    ),
    (
        "Remove the pull_request subject from this push role; if pull requests need AWS, give them a separate role with read-only permissions.",
        "이 푸시 역할에서 pull_request subject를 지우세요. 풀 리퀘스트에 AWS가 필요하면 읽기 전용 권한의 별도 역할을 주세요.",
    ),
    // trust-sub-ref-wildcard
    (
        "{op} {v} admits branches of {repo} matching {p}: anyone who can push a branch with a matching name (main* also matches main-test) can assume this role.",
        "{op} {v}은(는) {repo}에서 {p}와(과) 일치하는 브랜치를 허용합니다. 이름이 일치하는 브랜치를 푸시할 수 있는 누구나(main*은 main-test와도 일치) 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits branches of {repo} matching {p}: anyone who can push a branch with a matching name (main* also matches main-test) can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}에서 {p}와(과) 일치하는 브랜치를 허용합니다. 이름이 일치하는 브랜치를 푸시할 수 있는 누구나(main*은 main-test와도 일치) 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} admits every tag of {repo}: anyone who can push a tag can assume this role.",
        "{op} {v}은(는) {repo}의 모든 태그를 허용합니다. 태그를 푸시할 수 있는 누구나 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits every tag of {repo}: anyone who can push a tag can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}의 모든 태그를 허용합니다. 태그를 푸시할 수 있는 누구나 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} admits tags of {repo} matching {p}: anyone who can push a matching tag can assume this role.",
        "{op} {v}은(는) {repo}에서 {p}와(과) 일치하는 태그를 허용합니다. 일치하는 태그를 푸시할 수 있는 누구나 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits tags of {repo} matching {p}: anyone who can push a matching tag can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}에서 {p}와(과) 일치하는 태그를 허용합니다. 일치하는 태그를 푸시할 수 있는 누구나 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} admits jobs using any environment of {repo}: any job that names an environment, so the role is only as safe as the weakest environment's protection rules can assume this role.",
        "{op} {v}은(는) {repo}에서 어떤 환경이든 쓰는 작업을 허용합니다. 환경을 지정한 모든 작업이 이 역할을 맡을 수 있으므로, 역할의 안전성은 가장 약한 환경의 보호 규칙 수준에 그칩니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits jobs using any environment of {repo}: any job that names an environment, so the role is only as safe as the weakest environment's protection rules can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}에서 어떤 환경이든 쓰는 작업을 허용합니다. 환경을 지정한 모든 작업이 이 역할을 맡을 수 있으므로, 역할의 안전성은 가장 약한 환경의 보호 규칙 수준에 그칩니다.",
    ),
    (
        "{op} {v} admits environments of {repo} matching {p}: any job that names a matching environment can assume this role.",
        "{op} {v}은(는) {repo}에서 {p}와(과) 일치하는 환경을 허용합니다. 일치하는 환경을 지정한 모든 작업이 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits environments of {repo} matching {p}: any job that names a matching environment can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}에서 {p}와(과) 일치하는 환경을 허용합니다. 일치하는 환경을 지정한 모든 작업이 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} admits subjects of {repo} matching {p}: any job whose subject happens to match can assume this role.",
        "{op} {v}은(는) {repo}에서 {p}와(과) 일치하는 subject를 허용합니다. subject가 우연히 일치하는 모든 작업이 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits subjects of {repo} matching {p}: any job whose subject happens to match can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}에서 {p}와(과) 일치하는 subject를 허용합니다. subject가 우연히 일치하는 모든 작업이 이 역할을 맡을 수 있습니다.",
    ),
    (
        "Prefer exact names with StringEquals; if a pattern is needed, protect every matching branch or tag with a ruleset, or use an environment with required reviewers.",
        "StringEquals로 정확한 이름을 쓰는 편이 좋습니다. 패턴이 필요하면 일치하는 모든 브랜치나 태그를 규칙 집합으로 보호하거나, 필수 검토자를 둔 환경을 쓰세요.",
    ),
    // trust-sub-repo-wide
    (
        "{op} {v} has nothing after the repository: GitHub's default subject always continues with :ref:, :environment: or :pull_request, so either no token matches or a customized template with only \"repo\" gives every job of {repo}, pull requests included, this subject.",
        "{op} {v}에는 리포지토리 뒤에 아무것도 없습니다. GitHub의 기본 subject는 항상 :ref:, :environment:, :pull_request로 이어지므로, 어떤 토큰도 일치하지 않거나, \"repo\"만 있는 사용자 지정 템플릿이라면 풀 리퀘스트를 포함한 {repo}의 모든 작업이 이 subject를 받습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) has nothing after the repository: GitHub's default subject always continues with :ref:, :environment: or :pull_request, so either no token matches or a customized template with only \"repo\" gives every job of {repo}, pull requests included, this subject.",
        "{op} {v}(값 {n}개 중 {i}번째)에는 리포지토리 뒤에 아무것도 없습니다. GitHub의 기본 subject는 항상 :ref:, :environment:, :pull_request로 이어지므로, 어떤 토큰도 일치하지 않거나, \"repo\"만 있는 사용자 지정 템플릿이라면 풀 리퀘스트를 포함한 {repo}의 모든 작업이 이 subject를 받습니다.",
    ),
    (
        "{op} {v} admits every branch, tag, environment and pull request of {repo}: anyone who can push a branch or open a pull request there can assume this role.",
        "{op} {v}은(는) {repo}의 모든 브랜치, 태그, 환경, 풀 리퀘스트를 허용합니다. 그 리포지토리에 브랜치를 푸시하거나 풀 리퀘스트를 열 수 있는 누구나 이 역할을 맡을 수 있습니다.",
    ),
    (
        "{op} {v} (value {i} of {n}) admits every branch, tag, environment and pull request of {repo}: anyone who can push a branch or open a pull request there can assume this role.",
        "{op} {v}(값 {n}개 중 {i}번째)은(는) {repo}의 모든 브랜치, 태그, 환경, 풀 리퀘스트를 허용합니다. 그 리포지토리에 브랜치를 푸시하거나 풀 리퀘스트를 열 수 있는 누구나 이 역할을 맡을 수 있습니다.",
    ),
    (
        "Name the branch (\"repo:{repo}:ref:refs/heads/main\") or a protected environment (\"repo:{repo2}:environment:production\") with StringEquals.",
        "StringEquals로 브랜치(\"repo:{repo}:ref:refs/heads/main\")나 보호된 환경(\"repo:{repo2}:environment:production\")을 지정하세요.",
    ),
    // trust-sub-unmintable: the finding, then why GitHub never issues the subject
    (
        "GitHub never issues the subject {v}: {@why}, so this value never matches.",
        "GitHub는 subject {v}을(를) 발급하지 않습니다: {@why}. 따라서 이 값은 절대 일치하지 않습니다.",
    ),
    (
        "GitHub never issues the subject {v} (value {i} of {n}): {@why}, so this value never matches.",
        "GitHub는 subject {v}(값 {n}개 중 {i}번째)을(를) 발급하지 않습니다: {@why}. 따라서 이 값은 절대 일치하지 않습니다.",
    ),
    ("the value is empty", "값이 비어 있습니다"),
    (
        "a sub starts with repo: (or, with a customized template, a claim name), not \"{x}\"",
        "sub는 \"{x}\"이(가) 아니라 repo:(사용자 지정 템플릿이면 클레임 이름)로 시작합니다",
    ),
    (
        "a sub starts with repo: (or, with a customized template, a claim name), not \"\"",
        "sub는 repo:(사용자 지정 템플릿이면 클레임 이름)로 시작해야 하는데, 첫 부분이 비어 있습니다",
    ),
    (
        "repo: must be followed by OWNER/REPO",
        "repo: 뒤에는 OWNER/REPO가 와야 합니다",
    ),
    (
        "repo: is followed by OWNER/REPO, but \"{o}\" has no /",
        "repo: 뒤에는 OWNER/REPO가 와야 하는데, \"{o}\"에는 /가 없습니다",
    ),
    (
        "repo: is followed by OWNER/REPO, but \"\" has no /",
        "repo: 뒤에 OWNER/REPO가 없습니다",
    ),
    (
        "\"{o}\" cannot be a GitHub owner name (letters, digits and - only)",
        "\"{o}\"은(는) GitHub 소유자 이름이 될 수 없습니다 (영문자, 숫자, -만 가능)",
    ),
    (
        "\"\" cannot be a GitHub owner name (letters, digits and - only)",
        "소유자 이름이 비어 있습니다 (영문자, 숫자, -만 가능)",
    ),
    (
        "\"{r}\" cannot be a GitHub repository name (letters, digits, -, _ and . only)",
        "\"{r}\"은(는) GitHub 리포지토리 이름이 될 수 없습니다 (영문자, 숫자, -, _, .만 가능)",
    ),
    (
        "\"\" cannot be a GitHub repository name (letters, digits, -, _ and . only)",
        "리포지토리 이름이 비어 있습니다 (영문자, 숫자, -, _, .만 가능)",
    ),
    (
        "\"@{id}\" is not a numeric ID (the immutable form is OWNER@ID/REPO@ID)",
        "\"@{id}\"은(는) 숫자 ID가 아닙니다 (불변 형식은 OWNER@ID/REPO@ID)",
    ),
    (
        "\"@\" is not a numeric ID (the immutable form is OWNER@ID/REPO@ID)",
        "\"@\" 뒤에 숫자 ID가 없습니다 (불변 형식은 OWNER@ID/REPO@ID)",
    ),
    (
        "the immutable form carries both IDs (OWNER@ID/REPO@ID), this value only one",
        "불변 형식에는 두 ID(OWNER@ID/REPO@ID)가 모두 들어가는데, 이 값에는 하나만 있습니다",
    ),
    (
        "GitHub writes pull_request (with an underscore), not \"{k}\"",
        "GitHub는 \"{k}\" 대신 pull_request(밑줄 포함)를 씁니다",
    ),
    (
        "GitHub writes environment:NAME, not \"{k}\"",
        "GitHub는 \"{k}\" 대신 environment:NAME을 씁니다",
    ),
    (
        "GitHub writes ref:refs/heads/BRANCH or ref:refs/tags/TAG, not \"{k}\"",
        "GitHub는 \"{k}\" 대신 ref:refs/heads/BRANCH 또는 ref:refs/tags/TAG를 씁니다",
    ),
    (
        "the context is missing \"ref:\": GitHub writes ref:{k}",
        "컨텍스트에 \"ref:\"가 빠졌습니다. GitHub는 ref:{k}(으)로 씁니다",
    ),
    (
        "after repo:OWNER/REPO GitHub writes ref:, environment: or pull_request (or, with a customized template, a claim name), not \"{k}\"",
        "repo:OWNER/REPO 뒤에 GitHub는 \"{k}\" 대신 ref:, environment:, pull_request(사용자 지정 템플릿이면 클레임 이름)를 씁니다",
    ),
    (
        "after repo:OWNER/REPO GitHub writes ref:, environment: or pull_request (or, with a customized template, a claim name), not \"\"",
        "repo:OWNER/REPO 뒤가 비어 있습니다. GitHub는 그 자리에 ref:, environment:, pull_request(사용자 지정 템플릿이면 클레임 이름)를 씁니다",
    ),
    (
        "GitHub writes {right}, not {wrong}",
        "GitHub는 {wrong} 대신 {right}을(를) 씁니다",
    ),
    (
        "pull request tokens do not carry their ref in sub: their subject is repo:OWNER/REPO:pull_request",
        "풀 리퀘스트 토큰의 sub에는 ref가 들어가지 않습니다. subject는 repo:OWNER/REPO:pull_request입니다",
    ),
    (
        "GitHub writes the full ref (refs/heads/{v}), not \"{v2}\"",
        "GitHub는 \"{v2}\" 대신 전체 ref(refs/heads/{v})를 씁니다",
    ),
    (
        "GitHub writes the full ref (refs/heads/), not \"\"",
        "ref 값이 비어 있습니다. GitHub는 전체 ref(refs/heads/...)를 씁니다",
    ),
    (
        "\"{v}\" is neither refs/heads/… nor refs/tags/…",
        "\"{v}\"은(는) refs/heads/…도 refs/tags/…도 아닙니다",
    ),
    (
        "ref: needs a value such as refs/heads/main",
        "ref: 뒤에는 refs/heads/main 같은 값이 필요합니다",
    ),
    (
        "environment: needs an environment name",
        "environment: 뒤에는 환경 이름이 필요합니다",
    ),
    ("branch \"{b}\": {@why}", "브랜치 \"{b}\": {@why}"),
    ("tag \"{t}\": {@why}", "태그 \"{t}\": {@why}"),
    ("branch \"\": {@why}", "빈 브랜치 이름: {@why}"),
    ("tag \"\": {@why}", "빈 태그 이름: {@why}"),
    (
        "\"{key}\" is not a claim name, so no template can put it at this place",
        "\"{key}\"은(는) 클레임 이름이 아니므로 어떤 템플릿도 이 자리에 둘 수 없습니다",
    ),
    (
        "\"\" is not a claim name, so no template can put it at this place",
        "빈 이름은 클레임 이름이 아니므로 어떤 템플릿도 이 자리에 둘 수 없습니다",
    ),
    // What git refuses in a branch or tag name (lint/facts.rs)
    ("the name is empty", "이름이 비어 있습니다"),
    (
        "git does not allow \"{c}\" in branch or tag names",
        "git은 브랜치나 태그 이름에 \"{c}\"을(를) 허용하지 않습니다",
    ),
    (
        "git does not allow a space in branch or tag names",
        "git은 브랜치나 태그 이름에 공백을 허용하지 않습니다",
    ),
    (
        "git does not allow the control character U+{code} in branch or tag names",
        "git은 브랜치나 태그 이름에 제어 문자 U+{code}을(를) 허용하지 않습니다",
    ),
    (
        "git does not allow a leading, trailing or doubled \"/\"",
        "git은 맨 앞, 맨 뒤 또는 연속된 \"/\"를 허용하지 않습니다",
    ),
    (
        "git does not allow a name ending with \".\" or \".lock\"",
        "git은 \".\"이나 \".lock\"으로 끝나는 이름을 허용하지 않습니다",
    ),
    (
        "git does not allow a path component starting with \".\"",
        "git은 \".\"으로 시작하는 경로 구성 요소를 허용하지 않습니다",
    ),
    (
        "git does not allow the name \"@\"",
        "git은 \"@\"라는 이름을 허용하지 않습니다",
    ),
    (
        "Write the subject as GitHub does: repo:OWNER/REPO:ref:refs/heads/BRANCH, repo:OWNER/REPO:ref:refs/tags/TAG, repo:OWNER/REPO:environment:NAME or repo:OWNER/REPO:pull_request.",
        "GitHub와 같은 형식으로 subject를 쓰세요: repo:OWNER/REPO:ref:refs/heads/BRANCH, repo:OWNER/REPO:ref:refs/tags/TAG, repo:OWNER/REPO:environment:NAME 또는 repo:OWNER/REPO:pull_request.",
    ),
    // trust-wildcard-in-string-equals
    (
        "{op} compares {v} literally: * and ? are wildcards only under StringLike, so this value matches only a claim containing a literal * or ?, which GitHub never issues for owners, repositories or branches.",
        "{op}은(는) {v}을(를) 문자 그대로 비교합니다. * 와 ?는 StringLike에서만 와일드카드이므로, 이 값은 * 나 ?가 글자 그대로 들어 있는 클레임과만 일치하는데, GitHub는 소유자, 리포지토리, 브랜치에 그런 값을 발급하지 않습니다.",
    ),
    (
        "{op} compares {v} (value {i} of {n}) literally: * and ? are wildcards only under StringLike, so this value matches only a claim containing a literal * or ?, which GitHub never issues for owners, repositories or branches.",
        "{op}은(는) {v}(값 {n}개 중 {i}번째)을(를) 문자 그대로 비교합니다. * 와 ?는 StringLike에서만 와일드카드이므로, 이 값은 * 나 ?가 글자 그대로 들어 있는 클레임과만 일치하는데, GitHub는 소유자, 리포지토리, 브랜치에 그런 값을 발급하지 않습니다.",
    ),
    (
        "Use StringLike if a pattern is meant (and check that it is as narrow as intended), or write the exact value.",
        "패턴을 의도했다면 StringLike를 쓰고(의도한 만큼 좁은지 확인하세요), 아니면 정확한 값을 쓰세요.",
    ),
    // trust-wildcard-principal
    (
        "statement {i} trusts every principal (\"*\") and no Deny statement narrows it: any identity that satisfies its conditions, from any account or identity provider, can assume this role.",
        "Statement {i}은(는) 모든 보안 주체(\"*\")를 신뢰하고, 이를 좁히는 Deny 문이 없습니다. 조건을 만족하기만 하면 어느 계정이나 자격 증명 공급자의 어떤 자격 증명이든 이 역할을 맡을 수 있습니다.",
    ),
    (
        "Name the provider: \"Principal\": {{\"Federated\": \"arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com\"}}.",
        "공급자를 지정하세요: \"Principal\": {{\"Federated\": \"arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com\"}}",
    ),
    // -----------------------------------------------------------------------------------------
    // Who can assume the role (lint/summary.rs, lint/subject.rs): phrases joined by ", " and
    // ", or ", each phrase alone and followed by the rest of the list.
    //
    // First, what else a statement checks, after its phrases: among rows with as much literal
    // text the first listed wins, and a phrase row ending in a value must not take these.
    (
        "{@who} (when the token's {c:word} claim also matches)",
        "{@who} (토큰의 {c:word} 클레임도 일치할 때)",
    ),
    (
        "{@who} (when the token's {c:word} claim also matches), {@rest}",
        "{@who} (토큰의 {c:word} 클레임도 일치할 때), {@rest}",
    ),
    (
        "{@who} (when the token's {c1:word} and {c2:word} claims also match)",
        "{@who} (토큰의 {c1:word}, {c2:word} 클레임도 일치할 때)",
    ),
    (
        "{@who} (when the token's {c1:word} and {c2:word} claims also match), {@rest}",
        "{@who} (토큰의 {c1:word}, {c2:word} 클레임도 일치할 때), {@rest}",
    ),
    (
        "{@who} (when the token's {c1:word} and {c2:word} and {c3:word} claims also match)",
        "{@who} (토큰의 {c1:word}, {c2:word}, {c3:word} 클레임도 일치할 때)",
    ),
    (
        "{@who} (when the token's {c1:word} and {c2:word} and {c3:word} claims also match), {@rest}",
        "{@who} (토큰의 {c1:word}, {c2:word}, {c3:word} 클레임도 일치할 때), {@rest}",
    ),
    // The phrases.
    ("any repository on GitHub", "GitHub의 모든 리포지토리"),
    (
        "any repository on GitHub, {@rest}",
        "GitHub의 모든 리포지토리, {@rest}",
    ),
    (
        "any repository of any owner matching {p}",
        "소유자가 {p}와(과) 일치하는 모든 리포지토리",
    ),
    (
        "any repository of any owner matching {p}, {@rest}",
        "소유자가 {p}와(과) 일치하는 모든 리포지토리, {@rest}",
    ),
    // An owner is one word ({owner:word}), so these rows cannot take the phrases of a list
    // around them as part of the owner.
    (
        "any repository of {owner:word} matching {p}",
        "{owner:word}에서 이름이 {p}와(과) 일치하는 모든 리포지토리",
    ),
    (
        "any repository of {owner:word} matching {p}, {@rest}",
        "{owner:word}에서 이름이 {p}와(과) 일치하는 모든 리포지토리, {@rest}",
    ),
    (
        "any repository of {owner:word}, {@rest}",
        "{owner:word}의 모든 리포지토리, {@rest}",
    ),
    ("repository", "리포지토리"),
    ("any repository of {owner}", "{owner}의 모든 리포지토리"),
    (
        "any branch, tag or environment of {repo}, including pull requests",
        "풀 리퀘스트를 포함한 {repo}의 모든 브랜치, 태그, 환경",
    ),
    (
        "any branch, tag or environment of {repo}, including pull requests, {@rest}",
        "풀 리퀘스트를 포함한 {repo}의 모든 브랜치, 태그, 환경, {@rest}",
    ),
    (
        "any job of {repo} (a customized template with only \"repo\" gives every job this subject)",
        "{repo}의 모든 작업 (\"repo\"만 있는 사용자 지정 템플릿은 모든 작업에 이 subject를 줌)",
    ),
    (
        "any job of {repo} (a customized template with only \"repo\" gives every job this subject), {@rest}",
        "{repo}의 모든 작업 (\"repo\"만 있는 사용자 지정 템플릿은 모든 작업에 이 subject를 줌), {@rest}",
    ),
    ("any branch of {repo}", "{repo}의 모든 브랜치"),
    (
        "any branch of {repo}, {@rest}",
        "{repo}의 모든 브랜치, {@rest}",
    ),
    ("any branch or tag of {repo}", "{repo}의 모든 브랜치와 태그"),
    (
        "any branch or tag of {repo}, {@rest}",
        "{repo}의 모든 브랜치와 태그, {@rest}",
    ),
    ("pull requests in {repo}", "{repo}의 풀 리퀘스트"),
    (
        "pull requests in {repo}, {@rest}",
        "{repo}의 풀 리퀘스트, {@rest}",
    ),
    (
        "branches of {repo} matching {p}",
        "{repo}에서 {p}와(과) 일치하는 브랜치",
    ),
    (
        "branches of {repo} matching {p}, {@rest}",
        "{repo}에서 {p}와(과) 일치하는 브랜치, {@rest}",
    ),
    ("any tag of {repo}", "{repo}의 모든 태그"),
    ("any tag of {repo}, {@rest}", "{repo}의 모든 태그, {@rest}"),
    (
        "tags of {repo} matching {p}",
        "{repo}에서 {p}와(과) 일치하는 태그",
    ),
    (
        "tags of {repo} matching {p}, {@rest}",
        "{repo}에서 {p}와(과) 일치하는 태그, {@rest}",
    ),
    (
        "jobs using any environment in {repo}",
        "{repo}에서 환경을 쓰는 모든 작업",
    ),
    (
        "jobs using any environment in {repo}, {@rest}",
        "{repo}에서 환경을 쓰는 모든 작업, {@rest}",
    ),
    (
        "jobs using an environment matching {p} in {repo}",
        "{repo}에서 {p}와(과) 일치하는 환경을 쓰는 작업",
    ),
    (
        "jobs using an environment matching {p} in {repo}, {@rest}",
        "{repo}에서 {p}와(과) 일치하는 환경을 쓰는 작업, {@rest}",
    ),
    (
        "jobs of {repo} whose subject matches {v}",
        "{repo}에서 subject가 {v}와(과) 일치하는 작업",
    ),
    (
        "jobs of {repo} whose subject matches {v}, {@rest}",
        "{repo}에서 subject가 {v}와(과) 일치하는 작업, {@rest}",
    ),
    // A tag's phrase first: a branch's, "the {b} branch of", would otherwise take "tag v1 of
    // o/r, the main" as its branch. The branch rows keep "of {repo}" in a nested hole so that
    // they have no more literal text than the tag's and lose the tie.
    ("the tag {t} of {repo}", "{repo}의 태그 {t}"),
    (
        "the tag {t} of {repo}, {@rest}",
        "{repo}의 태그 {t}, {@rest}",
    ),
    ("the {b} branch {@of}", "{@of} {b} 브랜치"),
    ("the {b} branch {@of}, {@rest}", "{@of} {b} 브랜치, {@rest}"),
    ("of {repo}", "{repo}의"),
    (
        "jobs using environment {e} in {repo}",
        "{repo}에서 환경 {e}을(를) 쓰는 작업",
    ),
    (
        "jobs using environment {e} in {repo}, {@rest}",
        "{repo}에서 환경 {e}을(를) 쓰는 작업, {@rest}",
    ),
    (
        "jobs whose customized subject is {v}",
        "사용자 지정 subject가 {v}인 작업",
    ),
    (
        "jobs whose customized subject is {v}, {@rest}",
        "사용자 지정 subject가 {v}인 작업, {@rest}",
    ),
    (
        "any principal at all (Principal \"*\")",
        "모든 보안 주체 (Principal \"*\")",
    ),
    (
        "any principal at all (Principal \"*\"), {@rest}",
        "모든 보안 주체 (Principal \"*\"), {@rest}",
    ),
    // "repository" and the workflows in nested holes: the row then has less literal text than
    // the rows for what else a statement checks, which must take " (when the token's ...)".
    (
        "any {@r}'s job that runs the reusable {@wf}",
        "재사용 {@wf}을(를) 실행하는 모든 {@r}의 작업",
    ),
    (
        "any {@r}'s job that runs the reusable {@wf}, {@rest}",
        "재사용 {@wf}을(를) 실행하는 모든 {@r}의 작업, {@rest}",
    ),
    ("workflow {w}", "워크플로 {w}"),
    ("workflow {w1} or {w2}", "워크플로 {w1} 또는 {w2}"),
    (
        "workflow {w1} or {w2} or {w3}",
        "워크플로 {w1}, {w2} 또는 {w3}",
    ),
    (
        "nobody (GitHub never issues the subjects this policy accepts)",
        "없음 (이 정책이 받아들이는 subject를 GitHub가 발급하지 않음)",
    ),
    (
        "nobody (GitHub never issues the subjects this policy accepts), {@rest}",
        "없음 (이 정책이 받아들이는 subject를 GitHub가 발급하지 않음), {@rest}",
    ),
    (
        "no GitHub Actions job (no statement trusts a GitHub OIDC provider)",
        "GitHub Actions 작업 없음 (GitHub OIDC 공급자를 신뢰하는 Statement가 없음)",
    ),
    (
        "no GitHub Actions job (no statement trusts a GitHub OIDC provider), {@rest}",
        "GitHub Actions 작업 없음 (GitHub OIDC 공급자를 신뢰하는 Statement가 없음), {@rest}",
    ),
    // The last links of the list
    ("or {@who}", "또는 {@who}"),
    ("or {n} more", "그 밖의 {n}개"),
    ("or {n} more, {@rest}", "그 밖의 {n}개, {@rest}"),
    (
        "except what the Deny statements exclude",
        "다만 Deny 문이 제외하는 대상은 빼고",
    ),
    // Other repositories' own scopes and the reusable workflow (second session).
    (
        "\"{raw}\" mixes ',' with a repository's own scopes: separate repositories with ';' and repeat a scope for more values",
        "\"{raw}\"에 ','와 리포지토리 자체 범위가 함께 있습니다. 리포지토리는 ';'로 구분하고, 여러 값은 범위를 반복해서 적으세요",
    ),
    (
        "\"{item}\": ',' inside a repository's own scopes; repeat the scope for more values (tag=v1:tag=v2)",
        "\"{item}\": 리포지토리 자체 범위 안에 ','가 있습니다. 여러 값은 범위를 반복해서 적으세요 (tag=v1:tag=v2)",
    ),
    (
        "in \"{name}\": \"{key}=\" is not a scope; write env=, tag= or branch=",
        "\"{name}\"에서: \"{key}=\"은(는) 범위가 아닙니다. env=, tag=, branch= 중 하나로 적으세요",
    ),
    (
        "the generated workflow runs on the form's scopes, not on the own scopes of \"{name}\": there it would present subjects this role refuses",
        "생성된 워크플로는 \"{name}\"의 자체 범위가 아니라 양식의 범위로 실행됩니다. 그 리포지토리에서는 이 역할이 거부하는 subject를 제시하게 됩니다",
    ),
    (
        "For that repository, generate its workflow with it as the repository and its scopes in the form (the trust policy here already admits them).",
        "그 리포지토리의 워크플로는 그 리포지토리와 자체 범위를 양식에 넣어 생성하세요 (여기의 신뢰 정책은 이미 그 범위를 허용합니다).",
    ),
    (
        "Other repositories of the same owner: name (the form's scopes), or name followed by its own scopes after colons: a branch, env=ENVIRONMENT, tag=TAG (api:main:env=production:tag=v*). Repeat a scope for more values (api:tag=v1:tag=v2). Separate repositories with ';' (',' also works when none has its own scopes). env= takes the rest up to the next scope, so an environment may contain ':'. With the immutable subject write name@id.",
        "같은 소유자의 다른 리포지토리: 이름(양식의 범위를 따름), 또는 이름 뒤에 콜론으로 자체 범위를 적습니다: 브랜치, env=환경, tag=태그 (api:main:env=production:tag=v*). 여러 값은 범위를 반복합니다 (api:tag=v1:tag=v2). 리포지토리는 ';'로 구분합니다 (자체 범위가 없으면 ','도 됩니다). env=는 다음 범위 전까지를 모두 가지므로 환경 이름에 ':'가 들어가도 됩니다. 불변 subject에서는 name@id로 적습니다.",
    ),
    (
        "Give the workflow the jobs call as OWNER/REPO/.github/workflows/FILE.yml@REF, with REF a full commit SHA (preferred), refs/tags/TAG or refs/heads/BRANCH: the form the token's job_workflow_ref carries.",
        "작업이 호출하는 워크플로를 OWNER/REPO/.github/workflows/FILE.yml@REF 형식으로 적으세요. REF는 전체 커밋 SHA(권장), refs/tags/TAG 또는 refs/heads/BRANCH로, 토큰의 job_workflow_ref에 들어가는 형식입니다.",
    ),
    (
        "reusable workflow \"{v}\" contains a space or a control character",
        "재사용 워크플로 \"{v}\"에 공백이나 제어 문자가 있습니다",
    ),
    (
        "reusable workflow \"{v}\" contains \"${{{{\", which GitHub Actions would read as an expression",
        "재사용 워크플로 \"{v}\"에 \"${{{{\"가 있어 GitHub Actions가 표현식으로 읽습니다",
    ),
    (
        "reusable workflow \"{v}\": the file must be directly in .github/workflows/ and end in .yml or .yaml",
        "재사용 워크플로 \"{v}\": 파일은 .github/workflows/ 바로 아래에 있고 .yml 또는 .yaml로 끝나야 합니다",
    ),
    ("reusable workflow: {@m}", "재사용 워크플로: {@m}"),
    (
        "the reusable workflow's ref \"{r}\" is not what the token's job_workflow_ref carries: write a full commit SHA, refs/tags/{r2} or refs/heads/{r3}",
        "재사용 워크플로의 ref \"{r}\"은(는) 토큰의 job_workflow_ref에 들어가는 형식이 아닙니다. 전체 커밋 SHA, refs/tags/{r2} 또는 refs/heads/{r3}로 적으세요",
    ),
    (
        "the calling workflow would replace the reusable workflow .github/workflows/{file} in {repo}",
        "호출 워크플로가 {repo}의 재사용 워크플로 .github/workflows/{file}을(를) 대체하게 됩니다",
    ),
    (
        "Choose another workflow file name for the calling workflow.",
        "호출 워크플로에는 다른 워크플로 파일 이름을 쓰세요.",
    ),
    (
        "\"{head}\": the id is used only with the immutable subject format",
        "\"{head}\": ID는 불변 subject 형식에서만 쓰입니다",
    ),
    (
        "Choose the immutable (or both) subject format to use it, or leave @id out.",
        "ID를 쓰려면 불변(또는 둘 다) subject 형식을 고르고, 아니면 @id를 빼세요.",
    ),
];

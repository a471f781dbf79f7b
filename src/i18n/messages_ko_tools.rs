//! Korean for the tools: error explanations, the workflow converter and the evaluator.
//! Template syntax: see `messages.rs`.
//!
//! Vocabulary (as in `STRINGS`): role 역할, trust policy 신뢰 정책, permission policy 권한 정책,
//! branch 브랜치, environment 환경, repository 리포지토리, workflow 워크플로, job 작업, step 단계,
//! run 실행, claim 클레임, issuer 발급자, identity provider 자격 증명 공급자, audience 대상,
//! statement 문, condition key 조건 키, operator 연산자, principal 보안 주체, AWS identity (one
//! key pair) AWS 아이덴티티. Values, codes, YAML keys, action and operator names stay as they are.

pub(super) const KO: &[(&str, &str)] = &[
    // ---- Explain an error: the generic advice ------------------------------------------------
    (
        r#"No known error message was found in the text"#,
        r#"텍스트에서 알려진 오류 메시지를 찾지 못했습니다"#,
    ),
    (
        r#"Paste the exact error lines of the failing step (in the GitHub log, the lines marked ##[error] and the few before them), not only the step name."#,
        r#"단계 이름만이 아니라 실패한 단계의 오류 줄을 그대로 붙여 넣으세요 (GitHub 로그에서 ##[error]로 표시된 줄과 그 앞의 몇 줄)."#,
    ),
    (
        r#"For a refused role, compare the token's sub with the trust policy: run github/actions-oidc-debugger in a private repository, or read the subject in the AssumeRoleWithWebIdentity event in CloudTrail."#,
        r#"역할이 거부되었다면 토큰의 sub를 신뢰 정책과 비교하세요. 비공개 리포지토리에서 github/actions-oidc-debugger를 실행하거나, CloudTrail의 AssumeRoleWithWebIdentity 이벤트에서 subject를 확인하면 됩니다."#,
    ),
    (
        r#"Check the trust policy and the permission policy with the linter: paste them, or the output of aws iam get-role."#,
        r#"린터로 신뢰 정책과 권한 정책을 점검하세요. 정책이나 aws iam get-role의 출력을 붙여 넣으면 됩니다."#,
    ),
    // ---- Explain: credentials not loaded, id-token request failed ----------------------------
    (
        r#"The job does not have id-token: write"#,
        r#"작업에 id-token: write 권한이 없습니다"#,
    ),
    (
        r#"Without id-token: write GitHub does not give the job the token request variables (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN), so the action has no OIDC token and no other credentials. A job-level permissions: block replaces the workflow-level one, so it must list id-token again."#,
        r#"id-token: write가 없으면 GitHub는 작업에 토큰 요청 변수(ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN)를 주지 않으므로, 액션은 OIDC 토큰도 다른 자격 증명도 얻지 못합니다. 작업 수준의 permissions: 블록은 워크플로 수준의 블록을 대체하므로 여기에도 id-token을 다시 적어야 합니다."#,
    ),
    (
        r#"Add to the job: permissions: {{ id-token: write, contents: read }}."#,
        r#"작업에 다음을 추가하세요: permissions: {{ id-token: write, contents: read }}."#,
    ),
    (
        r#"The run is a pull request from a fork"#,
        r#"포크에서 온 풀 리퀘스트의 실행입니다"#,
    ),
    (
        r#"GitHub never grants id-token: write to workflows run for pull requests from forks, so no token can be requested."#,
        r#"GitHub는 포크에서 온 풀 리퀘스트로 실행되는 워크플로에 id-token: write를 절대 주지 않으므로 토큰을 요청할 수 없습니다."#,
    ),
    (
        r#"Skip the AWS steps for forks: if: github.event.pull_request.head.repo.full_name == github.repository."#,
        r#"포크에서는 AWS 단계를 건너뛰세요: if: github.event.pull_request.head.repo.full_name == github.repository."#,
    ),
    (
        r#"role-to-assume is empty"#,
        r#"role-to-assume가 비어 있습니다"#,
    ),
    (
        r#"The expression behind role-to-assume expanded to nothing: the variable or secret is not defined, it is scoped to an environment the job does not name, or a reusable workflow did not receive the caller's secrets. Without a role the action does not try OIDC."#,
        r#"role-to-assume의 표현식이 빈 값이 되었습니다. 변수나 시크릿이 정의되지 않았거나, 작업이 지정하지 않은 환경에만 정의되어 있거나, 재사용 워크플로가 호출자의 시크릿을 받지 못한 경우입니다. 역할이 없으면 액션은 OIDC를 시도하지 않습니다."#,
    ),
    (
        r#"Define the repository variable AWS_ROLE_ARN and use role-to-assume: ${{{{ vars.AWS_ROLE_ARN }}}} (a role ARN is not secret); add environment: to the job if the variable is environment-scoped; pass secrets: inherit to a reusable workflow."#,
        r#"리포지토리 변수 AWS_ROLE_ARN을 정의하고 role-to-assume: ${{{{ vars.AWS_ROLE_ARN }}}}을 쓰세요 (역할 ARN은 비밀이 아닙니다). 변수가 환경 범위라면 작업에 environment:를 추가하고, 재사용 워크플로에는 secrets: inherit를 전달하세요."#,
    ),
    (
        r#"force-skip-oidc is set"#,
        r#"force-skip-oidc가 설정되어 있습니다"#,
    ),
    (
        r#"With force-skip-oidc: true the action never requests an OIDC token."#,
        r#"force-skip-oidc: true이면 액션은 OIDC 토큰을 요청하지 않습니다."#,
    ),
    (
        r#"Remove force-skip-oidc from the step."#,
        r#"단계에서 force-skip-oidc를 제거하세요."#,
    ),
    (
        r#"{@why} The log shows role-to-assume with an empty value."#,
        r#"{@why} 로그에 role-to-assume가 빈 값으로 나옵니다."#,
    ),
    (
        r#"{@why} The log shows force-skip-oidc: true."#,
        r#"{@why} 로그에 force-skip-oidc: true가 나옵니다."#,
    ),
    (
        r#"{@why} The failing run was triggered by pull_request."#,
        r#"{@why} 실패한 실행은 pull_request로 시작되었습니다."#,
    ),
    // ---- Explain: not authorized to perform sts:AssumeRoleWithWebIdentity ---------------------
    (
        r#"The job uses an environment, so its sub names the environment, not the branch"#,
        r#"작업이 환경을 쓰므로 sub에 브랜치가 아니라 환경이 들어갑니다"#,
    ),
    (
        r#"When a job references environment:, GitHub writes repo:OWNER/REPO:environment:NAME as sub instead of repo:OWNER/REPO:ref:refs/heads/BRANCH, and a trust policy that lists only branches refuses it."#,
        r#"작업이 environment:를 참조하면 GitHub는 sub에 repo:OWNER/REPO:ref:refs/heads/BRANCH 대신 repo:OWNER/REPO:environment:NAME을 쓰므로, 브랜치만 나열한 신뢰 정책은 이를 거부합니다."#,
    ),
    (
        r#"Add "repo:OWNER/REPO:environment:NAME" to the sub values (StringEquals), or remove environment: from the job."#,
        r#"sub 값(StringEquals)에 "repo:OWNER/REPO:environment:NAME"을 추가하거나, 작업에서 environment:를 제거하세요."#,
    ),
    (
        r#"A pull_request run presents repo:OWNER/REPO:pull_request"#,
        r#"pull_request 실행은 repo:OWNER/REPO:pull_request를 제시합니다"#,
    ),
    (
        r#"Runs for pull requests get the subject repo:OWNER/REPO:pull_request, not the branch's; a policy for a branch refuses them."#,
        r#"풀 리퀘스트의 실행은 브랜치의 subject가 아니라 repo:OWNER/REPO:pull_request를 받으므로, 브랜치용 정책은 이를 거부합니다."#,
    ),
    (
        r#"Run the AWS steps only on push to the branch; if pull requests really need AWS, give them a separate read-only role that accepts :pull_request."#,
        r#"AWS 단계는 브랜치 푸시에서만 실행하세요. 풀 리퀘스트에 AWS가 꼭 필요하다면 :pull_request를 허용하는 별도의 읽기 전용 역할을 주세요."#,
    ),
    (
        r#"The run is on a branch or tag the trust policy does not list"#,
        r#"신뢰 정책에 없는 브랜치나 태그에서 실행되었습니다"#,
    ),
    (
        r#"The sub ends with ref:refs/heads/BRANCH or ref:refs/tags/TAG of the run; only the listed ones are accepted."#,
        r#"sub는 실행의 ref:refs/heads/BRANCH 또는 ref:refs/tags/TAG로 끝나며, 정책에 나열된 것만 허용됩니다."#,
    ),
    (
        r#"Add the branch or tag to the sub values, or run the workflow from a listed branch."#,
        r#"브랜치나 태그를 sub 값에 추가하거나, 나열된 브랜치에서 워크플로를 실행하세요."#,
    ),
    (
        r#"The repository uses the immutable subject OWNER@ID/REPO@ID"#,
        r#"리포지토리가 불변 subject OWNER@ID/REPO@ID를 씁니다"#,
    ),
    (
        r#"Repositories created, renamed or transferred after 15 July 2026 (or opted in) get sub repo:OWNER@OWNER_ID/REPO@REPO_ID:...; a policy with names only refuses them."#,
        r#"2026년 7월 15일 이후 생성, 이름 변경, 이전된 리포지토리(또는 옵트인한 리포지토리)는 sub로 repo:OWNER@OWNER_ID/REPO@REPO_ID:...를 받으므로, 이름만 적힌 정책은 이를 거부합니다."#,
    ),
    (
        r#"Read the IDs (gh api repos/OWNER/REPO --jq '.owner.id, .id') and list both forms in the sub values during the transition."#,
        r#"ID를 확인하고(gh api repos/OWNER/REPO --jq '.owner.id, .id') 전환 기간에는 두 형식을 모두 sub 값에 나열하세요."#,
    ),
    (
        r#"The owner or repository is spelt with different letter case"#,
        r#"소유자나 리포지토리 이름의 대소문자가 다릅니다"#,
    ),
    (
        r#"sub carries the names as GitHub displays them, and StringEquals/StringLike compare case-sensitively."#,
        r#"sub에는 GitHub에 표시되는 그대로의 이름이 들어가며, StringEquals/StringLike는 대소문자를 구분해 비교합니다."#,
    ),
    (
        r#"Copy the names from github.repository of a run, or use StringEqualsIgnoreCase."#,
        r#"실행의 github.repository에서 이름을 복사하거나, StringEqualsIgnoreCase를 쓰세요."#,
    ),
    (
        r#"A pattern is written under StringEquals"#,
        r#"StringEquals 아래에 패턴이 적혀 있습니다"#,
    ),
    (
        r#"Under StringEquals * and ? are literal, so repo:ORG/* never matches."#,
        r#"StringEquals에서 *와 ?는 문자 그대로 비교되므로 repo:ORG/*는 절대 일치하지 않습니다."#,
    ),
    (
        r#"Use StringLike for patterns (and keep them narrow)."#,
        r#"패턴에는 StringLike를 쓰세요 (범위는 좁게 유지하세요)."#,
    ),
    (
        r#"The aud condition does not accept the token's audience"#,
        r#"aud 조건이 토큰의 대상(audience)을 허용하지 않습니다"#,
    ),
    (
        r#"configure-aws-credentials requests sts.amazonaws.com unless audience: is set; a trust policy expecting https://github.com/ORG or a custom audience refuses it."#,
        r#"configure-aws-credentials는 audience:가 설정되지 않으면 sts.amazonaws.com을 요청하므로, https://github.com/ORG나 사용자 지정 대상을 기대하는 신뢰 정책은 이를 거부합니다."#,
    ),
    (
        r#"Make the aud condition and the action's audience input agree (sts.amazonaws.com; sts.amazonaws.com.cn in China)."#,
        r#"aud 조건과 액션의 audience 입력을 일치시키세요 (sts.amazonaws.com, 중국에서는 sts.amazonaws.com.cn)."#,
    ),
    (
        r#"Principal.Federated names another account, partition or issuer"#,
        r#"Principal.Federated가 다른 계정, 파티션 또는 발급자를 가리킵니다"#,
    ),
    (
        r#"The provider must be the role account's provider for the token's issuer (an enterprise slug or a GHES host changes it)."#,
        r#"공급자는 역할이 있는 계정에서 토큰 발급자에 해당하는 공급자여야 합니다 (엔터프라이즈 슬러그나 GHES 호스트에 따라 달라집니다)."#,
    ),
    (
        r#"Write arn:aws:iam::ACCOUNT:oidc-provider/ISSUER_HOST with the role's account and the token's iss without https://."#,
        r#"역할의 계정과 https://를 뺀 토큰의 iss로 arn:aws:iam::ACCOUNT:oidc-provider/ISSUER_HOST를 적으세요."#,
    ),
    (
        r#"The trust policy allows sts:AssumeRole instead of sts:AssumeRoleWithWebIdentity"#,
        r#"신뢰 정책이 sts:AssumeRoleWithWebIdentity 대신 sts:AssumeRole을 허용합니다"#,
    ),
    (
        r#"A Federated principal can only use sts:AssumeRoleWithWebIdentity."#,
        r#"Federated 보안 주체는 sts:AssumeRoleWithWebIdentity만 쓸 수 있습니다."#,
    ),
    (
        r#"The organisation or repository customized the sub template"#,
        r#"조직이나 리포지토리가 sub 템플릿을 사용자 지정했습니다"#,
    ),
    (
        r#"With a customized template (include_claim_keys) sub no longer starts with repo:OWNER/REPO:ref:...; a default-format policy refuses it."#,
        r#"사용자 지정 템플릿(include_claim_keys)을 쓰면 sub가 더 이상 repo:OWNER/REPO:ref:...로 시작하지 않으므로, 기본 형식의 정책은 이를 거부합니다."#,
    ),
    (
        r#"Check GET /repos/OWNER/REPO/actions/oidc/customization/sub and write sub values in the template's format."#,
        r#"GET /repos/OWNER/REPO/actions/oidc/customization/sub를 확인하고 sub 값을 템플릿 형식으로 적으세요."#,
    ),
    (
        r#"The job runs in a reusable workflow"#,
        r#"작업이 재사용 워크플로 안에서 실행됩니다"#,
    ),
    (
        r#"In a reusable workflow sub describes the caller's repository and ref; job_workflow_ref names the called workflow."#,
        r#"재사용 워크플로에서 sub는 호출자의 리포지토리와 ref를 나타내고, 호출된 워크플로는 job_workflow_ref가 가리킵니다."#,
    ),
    (
        r#"Write the caller's subject in the trust policy, or pin job_workflow_ref."#,
        r#"신뢰 정책에 호출자의 subject를 적거나, job_workflow_ref를 고정하세요."#,
    ),
    (
        r#"The environment name contains ":""#,
        r#"환경 이름에 ":"가 들어 있습니다"#,
    ),
    (
        r#"GitHub writes a ":" inside a claim value as %3A."#,
        r#"GitHub는 클레임 값 안의 ":"를 %3A로 씁니다."#,
    ),
    (
        r#"Write environment:NAME%3APART in the sub value."#,
        r#"sub 값에 environment:NAME%3APART 형태로 적으세요."#,
    ),
    (
        r#"A condition key or operator is misspelt, or uses ForAllValues"#,
        r#"조건 키나 연산자의 철자가 틀렸거나 ForAllValues를 씁니다"#,
    ),
    (
        r#"A key that tokens do not carry (…:subject, a wrong prefix) makes the condition false; subjects GitHub never issues (refs/head/, pull-request) never match."#,
        r#"토큰에 없는 키(…:subject, 잘못된 접두사)는 조건을 거짓으로 만들고, GitHub가 발급하지 않는 subject(refs/head/, pull-request)는 절대 일치하지 않습니다."#,
    ),
    (
        r#"Lint the trust policy and fix every error it reports."#,
        r#"신뢰 정책을 린터로 점검하고 보고된 오류를 모두 고치세요."#,
    ),
    (
        r#"role-to-assume names the wrong role"#,
        r#"role-to-assume가 잘못된 역할을 가리킵니다"#,
    ),
    (
        r#"role-to-assume names the wrong role ({role})"#,
        r#"role-to-assume가 잘못된 역할을 가리킵니다 ({role})"#,
    ),
    (
        r#"A role whose trust policy was never updated refuses the token."#,
        r#"신뢰 정책을 갱신하지 않은 역할은 토큰을 거부합니다."#,
    ),
    (
        r#"Compare role-to-assume with the role you edited (aws iam get-role --role-name NAME)."#,
        r#"role-to-assume를 수정한 역할과 비교하세요 (aws iam get-role --role-name NAME)."#,
    ),
    (
        r#"An organisation SCP or RCP denies the call"#,
        r#"조직의 SCP 또는 RCP가 호출을 거부합니다"#,
    ),
    (
        r#"Service or resource control policies can deny sts:AssumeRoleWithWebIdentity even when the trust policy allows it."#,
        r#"서비스 제어 정책(SCP)이나 리소스 제어 정책(RCP)은 신뢰 정책이 허용하더라도 sts:AssumeRoleWithWebIdentity를 거부할 수 있습니다."#,
    ),
    (
        r#"Ask the organisation's administrators to check SCPs/RCPs for the account."#,
        r#"조직 관리자에게 해당 계정에 적용되는 SCP/RCP를 확인해 달라고 요청하세요."#,
    ),
    (
        r#"A Deny statement in the trust policy matches"#,
        r#"신뢰 정책의 Deny 문이 일치합니다"#,
    ),
    (
        r#"Narrow or remove the Deny statement."#,
        r#"Deny 문의 범위를 좁히거나 제거하세요."#,
    ),
    (
        r#"Run the AWS steps only on push to a listed branch; if pull requests really need AWS, give them a separate read-only role that accepts "{sub}" (never this push role)."#,
        r#"AWS 단계는 나열된 브랜치의 푸시에서만 실행하세요. 풀 리퀘스트에 AWS가 꼭 필요하다면 "{sub}"을(를) 허용하는 별도의 읽기 전용 역할을 주세요 (이 푸시용 역할은 절대 안 됩니다)."#,
    ),
    (
        r#"Write the sub value exactly as "{sub}", or compare with StringEqualsIgnoreCase."#,
        r#"sub 값을 정확히 "{sub}"(으)로 적거나, StringEqualsIgnoreCase로 비교하세요."#,
    ),
    (
        r#"Add "{sub}" to the sub values under StringEquals (regenerate the trust policy with that scope), then update the role: aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-policy.json"#,
        r#"StringEquals 아래 sub 값에 "{sub}"을(를) 추가하고(그 범위로 신뢰 정책을 다시 생성하세요) 역할을 갱신하세요: aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-policy.json"#,
    ),
    (
        r#"{@why} (Unlikely here: the trust policy accepts the token this job presents, as far as it is known.)"#,
        r#"{@why} (여기서는 가능성이 낮습니다. 알려진 정보로는 신뢰 정책이 이 작업이 제시하는 토큰을 허용합니다.)"#,
    ),
    // What the context shows, put before a cause's explanation.
    (
        r#"your trust policy expects {expected} but {@who} presents {sub}. {@why}"#,
        r#"신뢰 정책은 {expected}을(를) 기대하지만 {@who}은 {sub}을(를) 제시합니다. {@why}"#,
    ),
    (
        r#"your trust policy expects one of {expected} but {@who} presents {sub}. {@why}"#,
        r#"신뢰 정책은 {expected} 중 하나를 기대하지만 {@who}은 {sub}을(를) 제시합니다. {@why}"#,
    ),
    (
        r#"your trust policy expects no sub value but {@who} presents {sub}. {@why}"#,
        r#"신뢰 정책에는 sub 값이 없지만 {@who}은 {sub}을(를) 제시합니다. {@why}"#,
    ),
    (r#"the job"#, r#"이 작업"#),
    (
        r#"a job with environment: {environment}"#,
        r#"environment: {environment}인 작업"#,
    ),
    (
        r#"a job with environment: {environment} in {repository}"#,
        r#"{repository}에서 environment: {environment}인 작업"#,
    ),
    (r#"a pull_request run"#, r#"pull_request 실행"#),
    (
        r#"a pull_request run in {repository}"#,
        r#"{repository}의 pull_request 실행"#,
    ),
    (r#"a run for tag {tag}"#, r#"태그 {tag}의 실행"#),
    (
        r#"a run for tag {tag} in {repository}"#,
        r#"{repository}에서 태그 {tag}의 실행"#,
    ),
    (r#"a run on branch {branch}"#, r#"브랜치 {branch}의 실행"#),
    (
        r#"a run on branch {branch} in {repository}"#,
        r#"{repository}에서 브랜치 {branch}의 실행"#,
    ),
    (
        r#"your trust policy expects {expected} (name form), but this repository's tokens carry the immutable form repo:OWNER@OWNER_ID/REPO@REPO_ID:.... {@why}"#,
        r#"신뢰 정책은 이름 형식인 {expected}을(를) 기대하지만, 이 리포지토리의 토큰에는 불변 형식 repo:OWNER@OWNER_ID/REPO@REPO_ID:...가 들어 있습니다. {@why}"#,
    ),
    (
        r#"your trust policy expects one of {expected} (name form), but this repository's tokens carry the immutable form repo:OWNER@OWNER_ID/REPO@REPO_ID:.... {@why}"#,
        r#"신뢰 정책은 이름 형식인 {expected} 중 하나를 기대하지만, 이 리포지토리의 토큰에는 불변 형식 repo:OWNER@OWNER_ID/REPO@REPO_ID:...가 들어 있습니다. {@why}"#,
    ),
    (
        r#"the job's token carries aud {aud}, which the trust policy's aud condition does not accept. {@why}"#,
        r#"작업의 토큰에 들어 있는 aud {aud}을(를) 신뢰 정책의 aud 조건이 허용하지 않습니다. {@why}"#,
    ),
    // The evaluator's verdict before a cause's explanation.
    (
        r#"no Allow statement's conditions hold: {@statements}. {@why}"#,
        r#"조건을 충족하는 Allow 문이 없습니다: {@statements}. {@why}"#,
    ),
    (
        r#"no Allow statement that names the provider covers {action}: {@statements} name it but not the action. {@why}"#,
        r#"공급자를 지정한 Allow 문 중 {action}을(를) 허용하는 문이 없습니다: {@statements}은(는) 공급자를 지정하지만 이 Action은 허용하지 않습니다. {@why}"#,
    ),
    (
        r#"no Allow statement names the token's identity provider {provider}. {@why}"#,
        r#"토큰의 자격 증명 공급자 {provider}을(를) 지정한 Allow 문이 없습니다. {@why}"#,
    ),
    (
        r#"no Allow statement names the token's identity provider {provider}; the policy's Allow statements name {named}. {@why}"#,
        r#"토큰의 자격 증명 공급자 {provider}을(를) 지정한 Allow 문이 없습니다. 정책의 Allow 문이 지정한 것은 {named}입니다. {@why}"#,
    ),
    (
        r#"the policy has no Allow statement, so every request is implicitly denied. {@why}"#,
        r#"정책에 Allow 문이 없으므로 모든 요청이 암시적으로 거부됩니다. {@why}"#,
    ),
    // Lint findings that confirm a cause (the findings are the linter's sentences).
    (
        r#"{@why} In your trust policy: {@findings}"#,
        r#"{@why} 신뢰 정책 점검 결과: {@findings}"#,
    ),
    (
        r#"{@why} In your permission policy: {@findings}"#,
        r#"{@why} 권한 정책 점검 결과: {@findings}"#,
    ),
    // ---- Explain: incorrect token audience ---------------------------------------------------
    (
        r#"The OIDC provider does not list the audience {aud}"#,
        r#"OIDC 공급자의 대상 목록에 {aud}이(가) 없습니다"#,
    ),
    (
        r#"STS checks the token's aud against the provider's client-ID list before it reads the trust policy."#,
        r#"STS는 신뢰 정책을 읽기 전에 토큰의 aud를 공급자의 클라이언트 ID 목록과 대조합니다."#,
    ),
    (
        r#"aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn {provider} --client-id {aud}"#,
        r#"다음 명령으로 추가하세요: aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn {provider} --client-id {aud}"#,
    ),
    (
        r#"In AWS China the audience is sts.amazonaws.com.cn"#,
        r#"AWS 중국에서는 대상이 sts.amazonaws.com.cn입니다"#,
    ),
    (
        r#"The action's default audience sts.amazonaws.com is not what China-region providers list."#,
        r#"액션의 기본 대상인 sts.amazonaws.com은 중국 리전의 공급자가 나열하는 값이 아닙니다."#,
    ),
    (
        r#"Set audience: sts.amazonaws.com.cn on configure-aws-credentials and list it on the provider and in the aud condition."#,
        r#"configure-aws-credentials에 audience: sts.amazonaws.com.cn을 설정하고, 공급자와 aud 조건에도 이 값을 넣으세요."#,
    ),
    (
        r#"The step sets a custom audience"#,
        r#"단계가 사용자 지정 대상을 설정합니다"#,
    ),
    (
        r#"An audience: input changes the token's aud; the provider must list it."#,
        r#"audience: 입력은 토큰의 aud를 바꾸므로, 공급자가 그 값을 나열해야 합니다."#,
    ),
    (
        r#"Remove the audience input, or register that audience on the provider."#,
        r#"audience 입력을 제거하거나, 그 대상을 공급자에 등록하세요."#,
    ),
    (
        r#"{@why} The log shows audience: {aud}."#,
        r#"{@why} 로그에 audience: {aud}이(가) 나옵니다."#,
    ),
    // ---- Explain: no OpenIDConnect provider --------------------------------------------------
    (
        r#"The account has no IAM OIDC provider for GitHub's issuer"#,
        r#"계정에 GitHub 발급자용 IAM OIDC 공급자가 없습니다"#,
    ),
    (
        r#"STS looks for a provider whose URL equals the token's iss ({url}) in the role's account; there is none."#,
        r#"STS는 역할의 계정에서 URL이 토큰의 iss({url})와 같은 공급자를 찾지만, 그런 공급자가 없습니다."#,
    ),
    (
        r#"In the role's account: aws iam create-open-id-connect-provider --url {url} --client-id-list sts.amazonaws.com"#,
        r#"역할의 계정에서 실행하세요: aws iam create-open-id-connect-provider --url {url} --client-id-list sts.amazonaws.com"#,
    ),
    (
        r#"The token comes from another issuer than the provider's"#,
        r#"토큰의 발급자가 공급자의 발급자와 다릅니다"#,
    ),
    (
        r#"With an enterprise slug, GHE.com or GitHub Enterprise Server the issuer is not https://token.actions.githubusercontent.com; the token here names {url}."#,
        r#"엔터프라이즈 슬러그, GHE.com 또는 GitHub Enterprise Server에서는 발급자가 https://token.actions.githubusercontent.com이 아닙니다. 여기서 토큰의 발급자는 {url}입니다."#,
    ),
    (
        r#"Create the provider with exactly {url}, and use its host/path as key prefix."#,
        r#"정확히 {url}(으)로 공급자를 만들고, 그 호스트/경로를 조건 키의 접두사로 쓰세요."#,
    ),
    (
        r#"The role is in another account or partition than the provider"#,
        r#"역할이 공급자와 다른 계정이나 파티션에 있습니다"#,
    ),
    (
        r#"The provider must exist in the same account (and partition) as the role."#,
        r#"공급자는 역할과 같은 계정(및 파티션)에 있어야 합니다."#,
    ),
    (
        r#"Create the provider in the role's account, or use a role in the provider's account."#,
        r#"역할의 계정에 공급자를 만들거나, 공급자가 있는 계정의 역할을 쓰세요."#,
    ),
    // ---- Explain: the other symptoms -----------------------------------------------------------
    (
        r#"The provider's thumbprint list is stale"#,
        r#"공급자의 지문(thumbprint) 목록이 오래되었습니다"#,
    ),
    (
        r#"For github.com AWS has verified the certificate against trusted root CAs since 6 July 2023 and ignores thumbprints; this error now points at an IdP whose certificate does not chain to a trusted CA, such as a GitHub Enterprise Server host with a private CA."#,
        r#"github.com의 경우 AWS는 2023년 7월 6일부터 신뢰할 수 있는 루트 CA로 인증서를 검증하고 지문은 무시합니다. 따라서 이 오류는 이제 인증서가 신뢰할 수 있는 CA로 이어지지 않는 IdP(예: 사설 CA를 쓰는 GitHub Enterprise Server 호스트)를 가리킵니다."#,
    ),
    (
        r#"Update the provider's thumbprints to the SHA-1 of the certificates of both the discovery and the JWKS hosts; for github.com, make sure the provider URL is exactly https://token.actions.githubusercontent.com."#,
        r#"공급자의 지문을 디스커버리 호스트와 JWKS 호스트 인증서의 SHA-1로 갱신하세요. github.com이라면 공급자 URL이 정확히 https://token.actions.githubusercontent.com인지 확인하세요."#,
    ),
    (
        r#"role-duration-seconds ({seconds}) is above the role's MaxSessionDuration"#,
        r#"role-duration-seconds({seconds})가 역할의 MaxSessionDuration보다 큽니다"#,
    ),
    (
        r#"STS refuses a DurationSeconds longer than the role's maximum (3,600 s unless raised, up to 43,200)."#,
        r#"STS는 역할의 최댓값보다 긴 DurationSeconds를 거부합니다 (늘리지 않았다면 3,600초이며 최대 43,200초까지 늘릴 수 있습니다)."#,
    ),
    (
        r#"Lower role-duration-seconds, or raise the role's maximum: aws iam update-role --role-name ROLE --max-session-duration {seconds}"#,
        r#"role-duration-seconds를 줄이거나 역할의 최댓값을 늘리세요: aws iam update-role --role-name ROLE --max-session-duration {seconds}"#,
    ),
    (
        r#"Role chaining caps sessions at one hour"#,
        r#"역할 체인에서는 세션이 최대 1시간입니다"#,
    ),
    (
        r#"With role-chaining a DurationSeconds above 3,600 fails whatever the role's maximum."#,
        r#"role-chaining을 쓰면 역할의 최댓값과 관계없이 3,600을 넘는 DurationSeconds는 실패합니다."#,
    ),
    (
        r#"Set role-duration-seconds to 3600 or less for the chained role."#,
        r#"체인으로 맡는 역할의 role-duration-seconds를 3600 이하로 설정하세요."#,
    ),
    (
        r#"role-session-name breaks STS's rules"#,
        r#"role-session-name이 STS 규칙에 맞지 않습니다"#,
    ),
    (
        r#"configure-aws-credentials v6.2+ checks the name: 2 to 64 characters from letters, digits and _+=,.@-."#,
        r#"configure-aws-credentials v6.2 이상은 이름을 검사합니다: 영문자, 숫자, _+=,.@-로 된 2~64자여야 합니다."#,
    ),
    (
        r#"configure-aws-credentials v6.2+ checks the name: 2 to 64 characters from letters, digits and _+=,.@-; the log shows {name}."#,
        r#"configure-aws-credentials v6.2 이상은 이름을 검사합니다: 영문자, 숫자, _+=,.@-로 된 2~64자여야 합니다. 로그에 나온 이름은 {name}입니다."#,
    ),
    (
        r#"Use e.g. role-session-name: gha-${{{{ github.run_id }}}}."#,
        r#"예를 들어 role-session-name: gha-${{{{ github.run_id }}}}처럼 쓰세요."#,
    ),
    (
        r#"role-to-assume is a role name, not an ARN"#,
        r#"role-to-assume가 ARN이 아니라 역할 이름입니다"#,
    ),
    (
        r#"With OIDC the action needs the full role ARN to know the account."#,
        r#"OIDC에서는 액션이 계정을 알 수 있도록 전체 역할 ARN이 필요합니다."#,
    ),
    (
        r#"Set role-to-assume to arn:aws:iam::ACCOUNT:role/NAME (for instance through vars.AWS_ROLE_ARN)."#,
        r#"role-to-assume를 arn:aws:iam::ACCOUNT:role/NAME으로 설정하세요 (예: vars.AWS_ROLE_ARN을 통해)."#,
    ),
    (
        r#"Credentials from an earlier step are still in the environment"#,
        r#"앞 단계의 자격 증명이 아직 환경에 남아 있습니다"#,
    ),
    (
        r#"The action found credentials other than the ones it configured, typically from a previous configure-aws-credentials step."#,
        r#"액션이 자신이 설정한 것과 다른 자격 증명을 발견했습니다. 보통 앞선 configure-aws-credentials 단계에서 온 것입니다."#,
    ),
    (
        r#"Set role-chaining: true when assuming a second role on purpose, or unset-current-credentials: true."#,
        r#"의도적으로 두 번째 역할을 맡는다면 role-chaining: true를, 그렇지 않다면 unset-current-credentials: true를 설정하세요."#,
    ),
    (
        r#"The trust policy is longer than the role trust policy quota"#,
        r#"신뢰 정책이 역할 신뢰 정책 할당량보다 깁니다"#,
    ),
    (
        r#"IAM counts the policy against the "Role trust policy length" quota, 2,048 by default and up to 4,096 (how it counts whitespace is not confirmed)."#,
        r#"IAM은 정책 길이를 "Role trust policy length" 할당량(기본 2,048, 최대 4,096)과 비교합니다 (공백을 어떻게 세는지는 확인되지 않았습니다)."#,
    ),
    (
        r#"Use fewer sub values or one role per repository, or raise the quota in Service Quotas (maximum 4,096)."#,
        r#"sub 값을 줄이거나 리포지토리마다 역할을 하나씩 쓰거나, Service Quotas에서 할당량을 늘리세요 (최대 4,096)."#,
    ),
    (
        r#"The account already has this OIDC provider"#,
        r#"계정에 이 OIDC 공급자가 이미 있습니다"#,
    ),
    (
        r#"There is one provider per URL per account."#,
        r#"공급자는 계정마다 URL당 하나만 있을 수 있습니다."#,
    ),
    (
        r#"Reuse it: find its ARN with aws iam list-open-id-connect-providers and reference it (import it into Terraform or CloudFormation instead of creating it)."#,
        r#"기존 공급자를 재사용하세요. aws iam list-open-id-connect-providers로 ARN을 찾아 참조하면 됩니다 (새로 만들지 말고 Terraform이나 CloudFormation으로 가져오세요)."#,
    ),
    (
        r#"The push goes to another region or account"#,
        r#"푸시가 다른 리전이나 계정으로 갑니다"#,
    ),
    (
        r#"The registry {registry} is searched in the workflow's region; the repository may exist elsewhere."#,
        r#"레지스트리 {registry}은(는) 워크플로의 리전에서 검색되므로, 리포지토리가 다른 곳에 있을 수 있습니다."#,
    ),
    (
        r#"{@why} Your form's account is {account}, not {registry}."#,
        r#"{@why} 양식의 계정은 {registry}이(가) 아니라 {account}입니다."#,
    ),
    (
        r#"Make aws-region and the registry account match where the repository is."#,
        r#"aws-region과 레지스트리 계정을 리포지토리가 있는 곳에 맞추세요."#,
    ),
    (
        r#"The ECR repository {name} does not exist"#,
        r#"ECR 리포지토리 {name}이(가) 없습니다"#,
    ),
    (
        r#"Pushing does not create a repository (unless a create-on-push template exists)."#,
        r#"푸시로는 리포지토리가 만들어지지 않습니다 (create-on-push 템플릿이 있으면 예외입니다)."#,
    ),
    (
        r#"aws ecr create-repository --repository-name {name} --image-tag-mutability IMMUTABLE --image-scanning-configuration scanOnPush=true"#,
        r#"다음 명령으로 만드세요: aws ecr create-repository --repository-name {name} --image-tag-mutability IMMUTABLE --image-scanning-configuration scanOnPush=true"#,
    ),
    (
        r#"A create-on-push template is expected but not in place"#,
        r#"create-on-push 템플릿이 필요하지만 없습니다"#,
    ),
    (
        r#"Since December 2025 a repository creation template with appliedFor CREATE_ON_PUSH lets a push create the repository; whether the pusher also needs ecr:CreateRepository is not confirmed."#,
        r#"2025년 12월부터는 appliedFor에 CREATE_ON_PUSH가 있는 리포지토리 생성 템플릿이 있으면 푸시로 리포지토리가 만들어집니다. 푸시하는 쪽에 ecr:CreateRepository도 필요한지는 확인되지 않았습니다."#,
    ),
    (
        r#"Create the template, or create the repository up front."#,
        r#"템플릿을 만들거나, 리포지토리를 미리 만드세요."#,
    ),
    (
        r#"The registries input is not a 12-digit account ID"#,
        r#"registries 입력이 12자리 계정 ID가 아닙니다"#,
    ),
    (
        r#"An unquoted account ID with a leading zero is read by YAML as a number and loses the zero."#,
        r#"따옴표 없이 쓴, 0으로 시작하는 계정 ID는 YAML에서 숫자로 읽혀 앞의 0이 사라집니다."#,
    ),
    (
        r#"Quote the account ID in the workflow: registries: '012345678901'."#,
        r#"워크플로에서 계정 ID를 따옴표로 감싸세요: registries: '012345678901'."#,
    ),
    // ---- Explain: trust policy not scoped ----------------------------------------------------
    (
        r#"The trust policy has no scoped sub condition"#,
        r#"신뢰 정책에 범위를 제한하는 sub 조건이 없습니다"#,
    ),
    (
        r#"IAM rejects a trust policy for the GitHub provider unless it checks sub (or job_workflow_ref) with StringEquals, StringLike or StringEqualsIgnoreCase and a value that is not scoped to all."#,
        r#"IAM은 GitHub 공급자의 신뢰 정책이 sub(또는 job_workflow_ref)를 StringEquals, StringLike 또는 StringEqualsIgnoreCase로, 모두를 허용하지 않는 값과 비교하지 않으면 그 정책을 거부합니다."#,
    ),
    (
        r#"Add "token.actions.githubusercontent.com:sub": "repo:OWNER/REPO:ref:refs/heads/BRANCH" under StringEquals."#,
        r#"StringEquals 아래에 "token.actions.githubusercontent.com:sub": "repo:OWNER/REPO:ref:refs/heads/BRANCH"를 추가하세요."#,
    ),
    (
        r#"The policy scopes only other claims"#,
        r#"정책이 다른 클레임만 제한합니다"#,
    ),
    (
        r#"Conditions on repository, ref or environment do not satisfy the guardrail."#,
        r#"repository, ref, environment에 대한 조건으로는 이 안전장치를 통과하지 못합니다."#,
    ),
    (
        r#"Keep those conditions if you like, and add the sub condition."#,
        r#"그 조건들은 원하면 그대로 두고, sub 조건을 추가하세요."#,
    ),
    // ---- Explain: ECR ------------------------------------------------------------------------
    (
        r#"ecr:GetAuthorizationToken is not allowed on "*""#,
        r#"ecr:GetAuthorizationToken이 "*"에 대해 허용되지 않았습니다"#,
    ),
    (
        r#"The action has no resource type: it is allowed only by a statement with Resource "*"."#,
        r#"이 IAM 작업에는 리소스 유형이 없어서 Resource가 "*"인 문으로만 허용할 수 있습니다."#,
    ),
    (
        r#"Add {{ "Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*" }} to the role's permission policy."#,
        r#"역할의 권한 정책에 {{ "Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*" }}를 추가하세요."#,
    ),
    (
        r#"The permission policy is not attached to the role"#,
        r#"권한 정책이 역할에 연결되어 있지 않습니다"#,
    ),
    (
        r#"A correct policy does nothing until it is attached to the role the workflow assumes."#,
        r#"올바른 정책이라도 워크플로가 맡는 역할에 연결하기 전에는 아무 효과가 없습니다."#,
    ),
    (
        r#"Attach the policy to the role named in role-to-assume."#,
        r#"role-to-assume에 지정된 역할에 정책을 연결하세요."#,
    ),
    (
        r#"The policy's repository ARN is not the repository being pushed to"#,
        r#"정책의 리포지토리 ARN이 푸시하는 리포지토리와 다릅니다"#,
    ),
    (
        r#"The push was denied {actions} on {arn}; a wrong region, account or repository name in the policy's Resource gives exactly this."#,
        r#"푸시에서 {arn}에 대한 {actions}이(가) 거부되었습니다. 정책 Resource의 리전, 계정 또는 리포지토리 이름이 틀리면 정확히 이렇게 됩니다."#,
    ),
    (
        r#"The push was denied an ECR action on {arn}; a wrong region, account or repository name in the policy's Resource gives exactly this."#,
        r#"푸시에서 {arn}에 대한 ECR 작업이 거부되었습니다. 정책 Resource의 리전, 계정 또는 리포지토리 이름이 틀리면 정확히 이렇게 됩니다."#,
    ),
    (
        r#"The push was denied {actions} on the repository; a wrong region, account or repository name in the policy's Resource gives exactly this."#,
        r#"푸시에서 리포지토리에 대한 {actions}이(가) 거부되었습니다. 정책 Resource의 리전, 계정 또는 리포지토리 이름이 틀리면 정확히 이렇게 됩니다."#,
    ),
    (
        r#"The push was denied an ECR action on the repository; a wrong region, account or repository name in the policy's Resource gives exactly this."#,
        r#"푸시에서 리포지토리에 대한 ECR 작업이 거부되었습니다. 정책 Resource의 리전, 계정 또는 리포지토리 이름이 틀리면 정확히 이렇게 됩니다."#,
    ),
    (
        r#"Make the push actions' Resource exactly {arn}."#,
        r#"푸시 작업의 Resource를 정확히 {arn}(으)로 하세요."#,
    ),
    (
        r#"Make the push actions' Resource the repository's ARN."#,
        r#"푸시 작업의 Resource를 리포지토리의 ARN으로 하세요."#,
    ),
    (
        r#"the error names {arn}, but your permission policy allows the push actions on {allowed}. {@why}"#,
        r#"오류에는 {arn}이(가) 나오지만, 권한 정책은 {allowed}에 대해 푸시 작업을 허용합니다. {@why}"#,
    ),
    (
        r#"The permission policy lacks a push action"#,
        r#"권한 정책에 푸시 작업이 빠져 있습니다"#,
    ),
    (
        r#"Pushing needs ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchGetImage on the repository."#,
        r#"푸시하려면 리포지토리에 대해 ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage, ecr:BatchGetImage가 필요합니다."#,
    ),
    (
        r#"Pushing needs ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchGetImage on the repository; denied: {actions}."#,
        r#"푸시하려면 리포지토리에 대해 ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage, ecr:BatchGetImage가 필요합니다. 거부된 작업: {actions}."#,
    ),
    (
        r#"Allow the full push list on the repository ARN."#,
        r#"리포지토리 ARN에 대해 푸시 작업 목록 전체를 허용하세요."#,
    ),
    (
        r#"The repository's own policy denies the push"#,
        r#"리포지토리 자체 정책이 푸시를 거부합니다"#,
    ),
    (
        r#"An explicit Deny in the repository policy (or an SCP) wins over the role's Allow."#,
        r#"리포지토리 정책(또는 SCP)의 명시적 Deny는 역할의 Allow보다 우선합니다."#,
    ),
    (
        r#"Read it with aws ecr get-repository-policy --repository-name NAME and remove the Deny for this role."#,
        r#"aws ecr get-repository-policy --repository-name NAME으로 정책을 읽고 이 역할에 대한 Deny를 제거하세요."#,
    ),
    // ---- Explain: one lint finding, "MESSAGE (CODE)", optionally followed by more -------------
    (r#"{@finding} ({code})"#, r#"{@finding} (규칙: {code})"#),
    (
        r#"{@finding} ({code}) {@more}"#,
        r#"{@finding} (규칙: {code}) {@more}"#,
    ),
    // ---- Convert: what each code means ---------------------------------------------------------
    (
        r#"the pasted text is not valid YAML; it is returned unchanged"#,
        r#"붙여 넣은 텍스트가 올바른 YAML이 아니어서 그대로 돌려줍니다"#,
    ),
    (
        r#"the YAML is not a GitHub Actions workflow; it is returned unchanged"#,
        r#"YAML이 GitHub Actions 워크플로가 아니어서 그대로 돌려줍니다"#,
    ),
    (
        r#"a YAML construct Keyless cannot edit in place; the file is returned unchanged"#,
        r#"Keyless가 제자리에서 편집할 수 없는 YAML 구문이 있어 파일을 그대로 돌려줍니다"#,
    ),
    (
        r#"the edited file did not read back as the intended data; nothing is changed"#,
        r#"편집한 파일을 다시 읽은 데이터가 의도와 달라 아무것도 바꾸지 않습니다"#,
    ),
    (
        r#"no long-lived AWS keys reach AWS in this workflow"#,
        r#"이 워크플로에는 AWS에 전달되는 장기 AWS 키가 없습니다"#,
    ),
    (
        r#"an AWS access key id is written in the file"#,
        r#"파일에 AWS 액세스 키 ID가 적혀 있습니다"#,
    ),
    (
        r#"an AWS secret access key is written in the file"#,
        r#"파일에 AWS 비밀 액세스 키가 적혀 있습니다"#,
    ),
    (
        r#"a job passes the keys to an action Keyless does not know how to convert; the job is left as it is"#,
        r#"작업이 Keyless가 변환 방법을 모르는 액션에 키를 전달하므로 작업을 그대로 둡니다"#,
    ),
    (
        r#"a job could not be converted (shared with a refused job, or a layout Keyless cannot edit)"#,
        r#"작업을 변환할 수 없습니다 (거부된 작업과 공유하는 부분이 있거나, Keyless가 편집할 수 없는 배치입니다)"#,
    ),
    (
        r#"a new credentials step needs an AWS region and none was found"#,
        r#"새 자격 증명 단계에 AWS 리전이 필요하지만 찾지 못했습니다"#,
    ),
    (
        r#"the access key is chosen at run time, so the job may need several roles"#,
        r#"액세스 키가 실행 시점에 정해지므로 작업에 여러 역할이 필요할 수 있습니다"#,
    ),
    (
        r#"steps of one job use different key pairs"#,
        r#"한 작업의 단계들이 서로 다른 키 페어를 씁니다"#,
    ),
    (
        r#"the workflow uses several AWS identities; each needs its own role"#,
        r#"워크플로가 여러 AWS 아이덴티티를 쓰며, 각각 자체 역할이 필요합니다"#,
    ),
    (
        r#"the inline role ARN's partition does not match the job's region"#,
        r#"인라인 역할 ARN의 파티션이 작업의 리전과 맞지 않습니다"#,
    ),
    (
        r#"pull requests from forks get no OIDC token"#,
        r#"포크에서 온 풀 리퀘스트는 OIDC 토큰을 받지 못합니다"#,
    ),
    (
        r#"every same-repository pull request shares one subject"#,
        r#"같은 리포지토리의 모든 풀 리퀘스트가 하나의 subject를 공유합니다"#,
    ),
    (
        r#"pull_request_target or workflow_run with id-token: write can hand the token to fork code"#,
        r#"id-token: write가 있는 pull_request_target이나 workflow_run은 포크의 코드에 토큰을 넘겨줄 수 있습니다"#,
    ),
    (
        r#"GitHub does not document the subject of this event"#,
        r#"GitHub가 이 이벤트의 subject를 문서화하지 않았습니다"#,
    ),
    (
        r#"the job's environment is an expression Keyless cannot resolve"#,
        r#"작업의 환경이 Keyless가 값을 알아낼 수 없는 표현식입니다"#,
    ),
    (
        r#"the job's environment, not its branch, is in its token's subject"#,
        r#"토큰의 subject에는 작업의 브랜치가 아니라 환경이 들어갑니다"#,
    ),
    (
        r#"workflow_dispatch can run on any branch, not only the default one"#,
        r#"workflow_dispatch는 기본 브랜치뿐 아니라 어떤 브랜치에서도 실행될 수 있습니다"#,
    ),
    (
        r#"a reusable workflow: callers must grant id-token: write and their subject is used"#,
        r#"재사용 워크플로입니다. 호출자가 id-token: write를 부여해야 하며 호출자의 subject가 쓰입니다"#,
    ),
    (
        r#"a job passes the access keys to a reusable workflow"#,
        r#"작업이 재사용 워크플로에 액세스 키를 전달합니다"#,
    ),
    (
        r#"a job received the keys through env but no step visibly calls AWS"#,
        r#"작업이 env로 키를 받았지만 AWS를 호출하는 단계가 보이지 않습니다"#,
    ),
    (
        r#"workflow-level keys stay for a job that was not converted and still reach a converted one"#,
        r#"변환하지 않은 작업 때문에 워크플로 수준 키가 남아 변환된 작업에도 여전히 전달됩니다"#,
    ),
    (
        r#"the credentials step was placed without a step that visibly calls AWS"#,
        r#"AWS를 호출하는 단계가 보이지 않는 곳에 자격 증명 단계를 넣었습니다"#,
    ),
    (
        r#"the keys assumed a role that must now trust GitHub's OIDC provider"#,
        r#"키로 맡던 역할이 이제 GitHub의 OIDC 공급자를 신뢰해야 합니다"#,
    ),
    (
        r#"read-all was written out as an explicit mapping to add id-token: write"#,
        r#"id-token: write를 추가하려고 read-all을 명시적인 매핑으로 풀어 썼습니다"#,
    ),
    (
        r#"write-all already grants id-token: write, with every other write scope"#,
        r#"write-all이 이미 id-token: write를 다른 모든 쓰기 범위와 함께 부여합니다"#,
    ),
    (
        r#"a job got its own permissions block copied from the workflow's"#,
        r#"작업에 워크플로의 permissions 블록을 복사한 자체 블록을 주었습니다"#,
    ),
    (
        r#"a job got a new permissions block"#,
        r#"작업에 새 permissions 블록을 주었습니다"#,
    ),
    (
        r#"a step uses GITHUB_TOKEN in a way Keyless cannot read"#,
        r#"단계가 Keyless가 해석할 수 없는 방식으로 GITHUB_TOKEN을 씁니다"#,
    ),
    (
        r#"an AWS action is older than its current major version"#,
        r#"AWS 액션이 현재 메이저 버전보다 오래되었습니다"#,
    ),
    (
        r#"an AWS action reference was moved to the current release"#,
        r#"AWS 액션 참조를 현재 릴리스로 옮겼습니다"#,
    ),
    (
        r#"audience sts.amazonaws.com.cn added for an AWS China region"#,
        r#"AWS 중국 리전을 위해 대상 sts.amazonaws.com.cn을 추가했습니다"#,
    ),
    (
        r#"a reusable workflow reads the role ARN from a secret its callers must pass"#,
        r#"재사용 워크플로가 호출자가 전달해야 하는 시크릿에서 역할 ARN을 읽습니다"#,
    ),
    // Partitions.
    (r#"AWS commercial"#, r#"AWS 상용"#),
    (r#"AWS GovCloud (US)"#, r#"AWS GovCloud(미국)"#),
    (r#"AWS China"#, r#"AWS 중국"#),
    (r#"unknown partition"#, r#"알 수 없는 파티션"#),
    // ---- Convert: input that cannot be converted ----------------------------------------------
    (
        r#"the workflow is not valid YAML: {error}"#,
        r#"워크플로가 올바른 YAML이 아닙니다: {error}"#,
    ),
    (
        r#"Fix the YAML at this line (a linter or the GitHub editor shows the same error), then convert again."#,
        r#"이 줄의 YAML을 고친 다음 다시 변환하세요 (린터나 GitHub 편집기에서도 같은 오류가 보입니다)."#,
    ),
    (
        r#"Keyless cannot edit this file in place: it uses {@construct} here, which GitHub workflows do not need"#,
        r#"Keyless가 이 파일을 제자리에서 편집할 수 없습니다: 여기에 GitHub 워크플로에는 필요 없는 구문({@construct})이 있습니다"#,
    ),
    (
        r#"Rewrite this part in plain block or flow style, or convert the workflow by hand."#,
        r#"이 부분을 단순한 블록 스타일이나 플로 스타일로 다시 쓰거나, 워크플로를 직접 변환하세요."#,
    ),
    (
        r#"Keyless reads the YAML at this line differently from a full YAML parser, so it will not edit the file"#,
        r#"Keyless가 이 줄의 YAML을 완전한 YAML 파서와 다르게 읽으므로 파일을 편집하지 않습니다"#,
    ),
    (
        r#"Please report this file; meanwhile rewrite this value in a simpler style or convert by hand."#,
        r#"이 파일을 제보해 주세요. 그동안에는 이 값을 더 단순한 스타일로 다시 쓰거나 직접 변환하세요."#,
    ),
    (
        r#"Paste the workflow file itself (.github/workflows/*.yml)."#,
        r#"워크플로 파일 자체(.github/workflows/*.yml)를 붙여 넣으세요."#,
    ),
    (
        r#"the file is YAML but not a GitHub Actions workflow: its top level is not a mapping with `on:` and `jobs:`"#,
        r#"파일은 YAML이지만 GitHub Actions 워크플로가 아닙니다. 최상위가 `on:`과 `jobs:`를 가진 매핑이 아닙니다"#,
    ),
    (
        r#"the file is YAML but not a GitHub Actions workflow: it has no `jobs:`"#,
        r#"파일은 YAML이지만 GitHub Actions 워크플로가 아닙니다. `jobs:`가 없습니다"#,
    ),
    (
        r#"the file is YAML but not a GitHub Actions workflow: it has no `on:` (the events that start it)"#,
        r#"파일은 YAML이지만 GitHub Actions 워크플로가 아닙니다. `on:`(워크플로를 시작하는 이벤트)이 없습니다"#,
    ),
    (
        r#"`jobs:` is not a mapping of job ids to jobs"#,
        r#"`jobs:`가 작업 ID와 작업의 매핑이 아닙니다"#,
    ),
    (
        r#"job `{job}` is not a mapping"#,
        r#"작업 `{job}`이(가) 매핑이 아닙니다"#,
    ),
    (
        r#"`steps:` of job `{job}` is not a sequence"#,
        r#"작업 `{job}`의 `steps:`가 시퀀스가 아닙니다"#,
    ),
    (
        r#"step {step} of job `{job}` is not a mapping"#,
        r#"작업 `{job}`의 {step}번째 단계가 매핑이 아닙니다"#,
    ),
    // The YAML constructs the converter's reader refuses.
    (
        r#"an unexpected end of the text"#,
        r#"예상치 못한 텍스트 끝"#,
    ),
    (
        r#"unexpected text after a value"#,
        r#"값 뒤의 예상치 못한 텍스트"#,
    ),
    (r#"a tab in indentation"#, r#"들여쓰기 안의 탭"#),
    (r#"YAML directives"#, r#"YAML 지시문"#),
    (
        r#"a document end marker before any content"#,
        r#"내용보다 앞에 있는 문서 끝 표시"#,
    ),
    (r#"more than one YAML document"#, r#"둘 이상의 YAML 문서"#),
    (
        r#"unexpected content after the document"#,
        r#"문서 뒤의 예상치 못한 내용"#,
    ),
    (r#"an anchor on a mapping key"#, r#"매핑 키에 붙은 앵커"#),
    (r#"a complex mapping key (`? `)"#, r#"복합 매핑 키(`? `)"#),
    (
        r#"an anchor on a compact sequence"#,
        r#"간결한 시퀀스에 붙은 앵커"#,
    ),
    (r#"a YAML tag"#, r#"YAML 태그"#),
    (r#"an empty anchor name"#, r#"빈 앵커 이름"#),
    (
        r#"a flow collection as a mapping key"#,
        r#"매핑 키로 쓰인 플로 컬렉션"#,
    ),
    (r#"a reserved indicator"#, r#"예약된 지시자"#),
    (
        r#"alias *{name} has no anchor before it"#,
        r#"앞에 앵커가 없는 별칭 *{name}"#,
    ),
    (
        r#"an anchor, tag or alias as a mapping key"#,
        r#"매핑 키로 쓰인 앵커, 태그 또는 별칭"#,
    ),
    (
        r#"expected `:` after a mapping key"#,
        r#"뒤에 `:`가 없는 매핑 키"#,
    ),
    (r#"unexpected indentation"#, r#"예상치 못한 들여쓰기"#),
    (
        r#"a quoted key across lines"#,
        r#"여러 줄에 걸친 따옴표 키"#,
    ),
    (r#"a key that is not a scalar"#, r#"스칼라가 아닌 키"#),
    (r#"a key without `:`"#, r#"`:`가 없는 키"#),
    (r#"unexpected character"#, r#"예상치 못한 문자"#),
    (
        r#"an unterminated quoted scalar"#,
        r#"닫히지 않은 따옴표 스칼라"#,
    ),
    (r#"an unterminated escape"#, r#"끝나지 않은 이스케이프"#),
    (r#"an invalid escape"#, r#"잘못된 이스케이프"#),
    (r#"an unknown escape"#, r#"알 수 없는 이스케이프"#),
    (
        r#"text after a block scalar header"#,
        r#"블록 스칼라 헤더 뒤의 텍스트"#,
    ),
    (
        r#"an unterminated flow collection"#,
        r#"닫히지 않은 플로 컬렉션"#,
    ),
    (
        r#"a flow mapping key that is not a scalar"#,
        r#"스칼라가 아닌 플로 매핑 키"#,
    ),
    (
        r#"a key: value pair inside a flow sequence"#,
        r#"플로 시퀀스 안의 key: value 쌍"#,
    ),
    (
        r#"expected `,` or the end of the flow collection"#,
        r#"`,`나 플로 컬렉션의 끝이 와야 할 자리의 다른 내용"#,
    ),
    (
        r#"unexpected character in a flow collection"#,
        r#"플로 컬렉션 안의 예상치 못한 문자"#,
    ),
    // ---- Convert: jobs left as they were -----------------------------------------------------
    (
        r#"job `{job}` was not converted: {@reason}"#,
        r#"작업 `{job}`을(를) 변환하지 않았습니다: {@reason}"#,
    ),
    (
        r#"Convert this job by hand, or change what blocks it and convert again."#,
        r#"이 작업을 직접 변환하거나, 변환을 막는 부분을 고친 다음 다시 변환하세요."#,
    ),
    (
        r#"step {step} uses {action}, which takes the access keys as inputs ({inputs}); Keyless does not know whether it can use OIDC credentials instead, so the job is left as it is"#,
        r#"{step}번째 단계가 쓰는 {action}은(는) 액세스 키를 입력({inputs})으로 받습니다. Keyless는 이 액션이 대신 OIDC 자격 증명을 쓸 수 있는지 알 수 없으므로 작업을 그대로 둡니다"#,
    ),
    (
        r#"step {step} ({name}) uses {action}, which takes the access keys as inputs ({inputs}); Keyless does not know whether it can use OIDC credentials instead, so the job is left as it is"#,
        r#"{step}번째 단계({name})가 쓰는 {action}은(는) 액세스 키를 입력({inputs})으로 받습니다. Keyless는 이 액션이 대신 OIDC 자격 증명을 쓸 수 있는지 알 수 없으므로 작업을 그대로 둡니다"#,
    ),
    (
        r#"step {step} uses the keys from {keys} while the credentials step before it uses {other}; one job would need two roles in turn"#,
        r#"{step}번째 단계는 {keys}의 키를 쓰지만 그 앞의 자격 증명 단계는 {other}을(를) 씁니다. 한 작업이 두 역할을 차례로 맡아야 합니다"#,
    ),
    (
        r#"its steps use different key pairs ({sources}); one credentials step cannot replace both, so the job is left to be converted by hand"#,
        r#"단계들이 서로 다른 키 페어({sources})를 씁니다. 자격 증명 단계 하나로 둘 다 대체할 수 없으므로 이 작업은 직접 변환해야 합니다"#,
    ),
    (
        r#"it needs a new credentials step before step {step}, and Keyless found no AWS region for it (no AWS_REGION or AWS_DEFAULT_REGION in env, no ECR registry host, no --region); set the region option"#,
        r#"{step}번째 단계 앞에 새 자격 증명 단계가 필요하지만 Keyless가 그 단계에 쓸 AWS 리전을 찾지 못했습니다 (env에 AWS_REGION이나 AWS_DEFAULT_REGION이 없고, ECR 레지스트리 호스트도 --region도 없습니다). 리전 옵션을 설정하세요"#,
    ),
    (
        r#"its access key is chosen at run time ({expression}); each key it can pick is a different AWS identity that needs its own role"#,
        r#"액세스 키가 실행 시점에 정해집니다({expression}). 고를 수 있는 키마다 서로 다른 AWS 아이덴티티이므로 각각 자체 역할이 필요합니다"#,
    ),
    (
        r#"it shares edited lines (workflow-level keys or an anchored step) with job `{other}`, which Keyless refused, so it is left as it is too"#,
        r#"Keyless가 거부한 작업 `{other}`과(와) 편집할 줄(워크플로 수준 키나 앵커가 있는 단계)을 공유하므로 이 작업도 그대로 둡니다"#,
    ),
    (
        r#"its permissions are neither a mapping nor read-all/write-all, so Keyless cannot add id-token: write"#,
        r#"permissions가 매핑도 read-all/write-all도 아니어서 Keyless가 id-token: write를 추가할 수 없습니다"#,
    ),
    (
        r#"the workflow's permissions are neither a mapping nor read-all/write-all, so Keyless cannot add id-token: write"#,
        r#"워크플로의 permissions가 매핑도 read-all/write-all도 아니어서 Keyless가 id-token: write를 추가할 수 없습니다"#,
    ),
    (
        r#"Keyless cannot edit its permissions: {@why}"#,
        r#"Keyless가 이 작업의 permissions를 편집할 수 없습니다: {@why}"#,
    ),
    (
        r#"Keyless cannot edit the workflow's permissions: {@why}"#,
        r#"Keyless가 워크플로의 permissions를 편집할 수 없습니다: {@why}"#,
    ),
    (
        r#"Keyless cannot add a permissions block to it: {@why}"#,
        r#"Keyless가 이 작업에 permissions 블록을 추가할 수 없습니다: {@why}"#,
    ),
    (
        r#"Keyless cannot edit it in place here: {@why}"#,
        r#"Keyless가 이 위치에서 작업을 제자리 편집할 수 없습니다: {@why}"#,
    ),
    (
        r#"this job uses a different AWS identity ({identity}) from the one the inline role ARN replaces ({replaced}); an inline ARN names one role, so choose the vars or secrets placement to give each identity its own role"#,
        r#"이 작업은 인라인 역할 ARN이 대체하는 아이덴티티({replaced})와 다른 AWS 아이덴티티({identity})를 씁니다. 인라인 ARN은 역할 하나만 가리키므로, 아이덴티티마다 역할을 주려면 vars나 secrets 방식을 선택하세요"#,
    ),
    (
        r#"the role ARN is in partition `{partition}` but this job's region is in {@label} (`{region_partition}`)"#,
        r#"역할 ARN은 `{partition}` 파티션에 있지만 이 작업의 리전은 {@label}(`{region_partition}`)에 있습니다"#,
    ),
    (
        r#"the converted file failed Keyless's self-check"#,
        r#"변환된 파일이 Keyless의 자체 검사를 통과하지 못했습니다"#,
    ),
    // Several reasons for one job, joined by "; ": each reason followed by the others.
    (
        r#"step {step} uses {action}, which takes the access keys as inputs ({inputs}); Keyless does not know whether it can use OIDC credentials instead, so the job is left as it is; {@more}"#,
        r#"{step}번째 단계가 쓰는 {action}은(는) 액세스 키를 입력({inputs})으로 받습니다. Keyless는 이 액션이 대신 OIDC 자격 증명을 쓸 수 있는지 알 수 없으므로 작업을 그대로 둡니다; {@more}"#,
    ),
    (
        r#"step {step} ({name}) uses {action}, which takes the access keys as inputs ({inputs}); Keyless does not know whether it can use OIDC credentials instead, so the job is left as it is; {@more}"#,
        r#"{step}번째 단계({name})가 쓰는 {action}은(는) 액세스 키를 입력({inputs})으로 받습니다. Keyless는 이 액션이 대신 OIDC 자격 증명을 쓸 수 있는지 알 수 없으므로 작업을 그대로 둡니다; {@more}"#,
    ),
    (
        r#"step {step} uses the keys from {keys} while the credentials step before it uses {other}; one job would need two roles in turn; {@more}"#,
        r#"{step}번째 단계는 {keys}의 키를 쓰지만 그 앞의 자격 증명 단계는 {other}을(를) 씁니다. 한 작업이 두 역할을 차례로 맡아야 합니다; {@more}"#,
    ),
    (
        r#"its steps use different key pairs ({sources}); one credentials step cannot replace both, so the job is left to be converted by hand; {@more}"#,
        r#"단계들이 서로 다른 키 페어({sources})를 씁니다. 자격 증명 단계 하나로 둘 다 대체할 수 없으므로 이 작업은 직접 변환해야 합니다; {@more}"#,
    ),
    (
        r#"it needs a new credentials step before step {step}, and Keyless found no AWS region for it (no AWS_REGION or AWS_DEFAULT_REGION in env, no ECR registry host, no --region); set the region option; {@more}"#,
        r#"{step}번째 단계 앞에 새 자격 증명 단계가 필요하지만 Keyless가 그 단계에 쓸 AWS 리전을 찾지 못했습니다 (env에 AWS_REGION이나 AWS_DEFAULT_REGION이 없고, ECR 레지스트리 호스트도 --region도 없습니다). 리전 옵션을 설정하세요; {@more}"#,
    ),
    (
        r#"its access key is chosen at run time ({expression}); each key it can pick is a different AWS identity that needs its own role; {@more}"#,
        r#"액세스 키가 실행 시점에 정해집니다({expression}). 고를 수 있는 키마다 서로 다른 AWS 아이덴티티이므로 각각 자체 역할이 필요합니다; {@more}"#,
    ),
    (
        r#"it shares edited lines (workflow-level keys or an anchored step) with job `{other}`, which Keyless refused, so it is left as it is too; {@more}"#,
        r#"Keyless가 거부한 작업 `{other}`과(와) 편집할 줄(워크플로 수준 키나 앵커가 있는 단계)을 공유하므로 이 작업도 그대로 둡니다; {@more}"#,
    ),
    (
        r#"its permissions are neither a mapping nor read-all/write-all, so Keyless cannot add id-token: write; {@more}"#,
        r#"permissions가 매핑도 read-all/write-all도 아니어서 Keyless가 id-token: write를 추가할 수 없습니다; {@more}"#,
    ),
    (
        r#"the workflow's permissions are neither a mapping nor read-all/write-all, so Keyless cannot add id-token: write; {@more}"#,
        r#"워크플로의 permissions가 매핑도 read-all/write-all도 아니어서 Keyless가 id-token: write를 추가할 수 없습니다; {@more}"#,
    ),
    (
        r#"this job uses a different AWS identity ({identity}) from the one the inline role ARN replaces ({replaced}); an inline ARN names one role, so choose the vars or secrets placement to give each identity its own role; {@more}"#,
        r#"이 작업은 인라인 역할 ARN이 대체하는 아이덴티티({replaced})와 다른 AWS 아이덴티티({identity})를 씁니다. 인라인 ARN은 역할 하나만 가리키므로, 아이덴티티마다 역할을 주려면 vars나 secrets 방식을 선택하세요; {@more}"#,
    ),
    (
        r#"the role ARN is in partition `{partition}` but this job's region is in {@label} (`{region_partition}`); {@more}"#,
        r#"역할 ARN은 `{partition}` 파티션에 있지만 이 작업의 리전은 {@label}(`{region_partition}`)에 있습니다; {@more}"#,
    ),
    // Why an edit cannot be made in place.
    (r#"expected a mapping"#, r#"매핑이어야 합니다"#),
    (r#"nothing to remove"#, r#"제거할 것이 없습니다"#),
    (
        r#"the only entry after `- ` cannot be removed in place"#,
        r#"`- ` 뒤의 유일한 항목은 제자리에서 제거할 수 없습니다"#,
    ),
    (
        r#"a block value cannot replace an entry in place"#,
        r#"블록 값으로는 항목을 제자리에서 바꿀 수 없습니다"#,
    ),
    (r#"an empty block mapping"#, r#"빈 블록 매핑입니다"#),
    (
        r#"cannot insert before an entry that follows `- `"#,
        r#"`- ` 뒤에 오는 항목 앞에는 삽입할 수 없습니다"#,
    ),
    (
        r#"the value is an alias; edit its anchor instead"#,
        r#"값이 별칭입니다. 대신 앵커를 편집하세요"#,
    ),
    (r#"expected a scalar"#, r#"스칼라여야 합니다"#),
    (
        r#"steps are not a block sequence"#,
        r#"steps가 블록 시퀀스가 아닙니다"#,
    ),
    (r#"nothing to insert"#, r#"삽입할 것이 없습니다"#),
    // ---- Convert: findings ---------------------------------------------------------------------
    (
        r#"an AWS access key id ({key}) is written in the workflow; anyone who can read the repository or its history has it (it is still in the converted file)"#,
        r#"워크플로에 AWS 액세스 키 ID({key})가 적혀 있습니다. 리포지토리나 그 기록을 읽을 수 있는 사람은 누구나 이 키를 가진 셈입니다 (변환된 파일에도 여전히 남아 있습니다)"#,
    ),
    (
        r#"an AWS access key id ({key}) is written in the workflow; anyone who can read the repository or its history has it (the conversion removes it, but it stays in the repository's history)"#,
        r#"워크플로에 AWS 액세스 키 ID({key})가 적혀 있습니다. 리포지토리나 그 기록을 읽을 수 있는 사람은 누구나 이 키를 가진 셈입니다 (변환하면 파일에서는 제거되지만 리포지토리 기록에는 남습니다)"#,
    ),
    (
        r#"Deactivate and delete this key in IAM now; removing it from the file does not remove it from git history."#,
        r#"지금 IAM에서 이 키를 비활성화하고 삭제하세요. 파일에서 지워도 git 기록에서는 지워지지 않습니다."#,
    ),
    (
        r#"{name} holds a secret access key written in the workflow; anyone who can read the repository or its history has it"#,
        r#"{name}에 워크플로에 직접 적힌 비밀 액세스 키가 들어 있습니다. 리포지토리나 그 기록을 읽을 수 있는 사람은 누구나 이 키를 가진 셈입니다"#,
    ),
    (
        r#"Deactivate and delete this key pair in IAM now; removing it from the file does not remove it from git history."#,
        r#"지금 IAM에서 이 키 페어를 비활성화하고 삭제하세요. 파일에서 지워도 git 기록에서는 지워지지 않습니다."#,
    ),
    (
        r#"job `{job}` received the access keys through the workflow-level env: but no step visibly calls AWS; after the conversion it has no AWS credentials"#,
        r#"작업 `{job}`은(는) 워크플로 수준 env:로 액세스 키를 받았지만 AWS를 호출하는 단계가 보이지 않습니다. 변환 후에는 AWS 자격 증명이 없습니다"#,
    ),
    (
        r#"If a step of this job needs AWS, add a configure-aws-credentials step with role-to-assume and grant the job id-token: write."#,
        r#"이 작업의 단계에 AWS가 필요하다면 role-to-assume를 쓰는 configure-aws-credentials 단계를 추가하고 작업에 id-token: write를 부여하세요."#,
    ),
    (
        r#"the workflow puts AWS access keys in env: but no step visibly calls AWS, so Keyless left them; if something does use them, say which step and convert again"#,
        r#"워크플로가 env:에 AWS 액세스 키를 두지만 AWS를 호출하는 단계가 보이지 않아 Keyless가 그대로 두었습니다. 실제로 키를 쓰는 곳이 있다면 어느 단계인지 드러나게 한 다음 다시 변환하세요"#,
    ),
    (
        r#"Add a configure-aws-credentials step with role-to-assume before the step that uses AWS, or delete the keys if nothing uses them."#,
        r#"AWS를 쓰는 단계 앞에 role-to-assume를 쓰는 configure-aws-credentials 단계를 추가하거나, 키를 쓰는 곳이 없다면 키를 삭제하세요."#,
    ),
    (
        r#"the workflow-level env: keeps the access keys because job `{refused}` was not converted, so converted job `{job}` still receives them in its environment"#,
        r#"작업 `{refused}`을(를) 변환하지 않았기 때문에 워크플로 수준 env:에 액세스 키가 남아 있어, 변환된 작업 `{job}`도 여전히 환경 변수로 키를 받습니다"#,
    ),
    (
        r#"Convert the other job (or move the keys into it), then remove the keys from the workflow-level env:."#,
        r#"다른 작업을 변환하거나 키를 그 작업 안으로 옮긴 다음, 워크플로 수준 env:에서 키를 제거하세요."#,
    ),
    (
        r#"job `{job}` passes the access keys ({keys}) to the reusable workflow {workflow}; Keyless granted it id-token: write (a called workflow can only keep or reduce its caller's permissions) and left the keys in place until that workflow is converted"#,
        r#"작업 `{job}`이(가) 재사용 워크플로 {workflow}에 액세스 키({keys})를 전달합니다. Keyless는 이 작업에 id-token: write를 부여했고(호출된 워크플로는 호출자의 권한을 유지하거나 줄일 수만 있습니다), 그 워크플로가 변환될 때까지 키는 그대로 두었습니다"#,
    ),
    (
        r#"Convert the called workflow, then stop passing the keys here, delete the secrets, and add any other scope the called workflow needs to this job's permissions."#,
        r#"호출된 워크플로를 변환한 다음, 여기서 키 전달을 멈추고 시크릿을 삭제한 뒤, 호출된 워크플로에 필요한 다른 범위를 이 작업의 permissions에 추가하세요."#,
    ),
    (
        r#"this is a reusable workflow (workflow_call): its token's sub is its caller's, and each calling job must grant id-token: write too (a called workflow can only keep or reduce its caller's permissions)"#,
        r#"재사용 워크플로(workflow_call)입니다. 토큰의 sub는 호출자의 것이며, 호출하는 작업마다 id-token: write도 부여해야 합니다 (호출된 워크플로는 호출자의 권한을 유지하거나 줄일 수만 있습니다)"#,
    ),
    (
        r#"Grant id-token: write in every calling job, build the trust policy from the callers' subjects, and once no caller passes the old key secrets, remove them from on.workflow_call.secrets."#,
        r#"호출하는 모든 작업에 id-token: write를 부여하고, 호출자들의 subject로 신뢰 정책을 만드세요. 예전 키 시크릿을 전달하는 호출자가 더 이상 없으면 on.workflow_call.secrets에서 제거하세요."#,
    ),
    (
        r#"the role ARN is read from secrets.AWS_ROLE_ARN, but a reusable workflow only sees the secrets its caller passes"#,
        r#"역할 ARN을 secrets.AWS_ROLE_ARN에서 읽지만, 재사용 워크플로는 호출자가 전달한 시크릿만 볼 수 있습니다"#,
    ),
    (
        r#"Declare AWS_ROLE_ARN under on.workflow_call.secrets and pass it from each caller (or use secrets: inherit), or use the vars placement."#,
        r#"on.workflow_call.secrets 아래에 AWS_ROLE_ARN을 선언하고 각 호출자가 전달하게 하거나(또는 secrets: inherit 사용), vars 방식을 쓰세요."#,
    ),
    (
        r#"workflow_dispatch lets a user run the workflow on any branch or tag; Keyless counts such runs as runs on the default branch"#,
        r#"workflow_dispatch로는 사용자가 어떤 브랜치나 태그에서든 워크플로를 실행할 수 있지만, Keyless는 이런 실행을 기본 브랜치의 실행으로 간주합니다"#,
    ),
    (
        r#"If manual runs on other branches must reach AWS, admit those branches in the trust policy."#,
        r#"다른 브랜치의 수동 실행도 AWS에 접근해야 한다면 신뢰 정책에서 그 브랜치들을 허용하세요."#,
    ),
    (
        r#"the workflow uses {identities} different AWS identities, so it needs {roles} IAM roles, each trusting only its own jobs' subjects: {@list}"#,
        r#"워크플로가 서로 다른 AWS 아이덴티티 {identities}개를 쓰므로 IAM 역할 {roles}개가 필요하며, 각 역할은 자기 작업의 subject만 신뢰해야 합니다: {@list}"#,
    ),
    (
        r#"{role} ({@partition}, replaces {keys}) for {jobs}"#,
        r#"{jobs}용 {role} ({@partition}, {keys} 대체)"#,
    ),
    (
        r#"{role} ({@partition}, replaces {keys}) for {jobs}; {@more}"#,
        r#"{jobs}용 {role} ({@partition}, {keys} 대체); {@more}"#,
    ),
    (
        r#"Create one role per identity (in its own account and partition) and store each ARN under the name shown."#,
        r#"아이덴티티마다 역할을 하나씩 (해당 계정과 파티션에) 만들고, 각 ARN을 표시된 이름으로 저장하세요."#,
    ),
    (
        r#"nothing to convert: the workflow already uses OIDC (role-to-assume) and no long-lived keys reach AWS"#,
        r#"변환할 것이 없습니다. 워크플로가 이미 OIDC(role-to-assume)를 쓰고 있으며 AWS에 전달되는 장기 키가 없습니다"#,
    ),
    (
        r#"nothing to convert: no long-lived AWS access keys reach AWS in this workflow"#,
        r#"변환할 것이 없습니다. 이 워크플로에는 AWS에 전달되는 장기 AWS 액세스 키가 없습니다"#,
    ),
    (r#"Nothing to do."#, r#"할 일이 없습니다."#),
    (
        r#"the converted workflow did not pass Keyless's own check, so nothing was changed: {@problem}"#,
        r#"변환된 워크플로가 Keyless 자체 검사를 통과하지 못해 아무것도 바꾸지 않았습니다: {@problem}"#,
    ),
    (
        r#"This is a Keyless bug; please report the workflow. Convert by hand meanwhile."#,
        r#"Keyless의 버그입니다. 이 워크플로를 제보해 주세요. 그동안에는 직접 변환하세요."#,
    ),
    (
        r#"the edited text is not valid YAML ({error})"#,
        r#"편집한 텍스트가 올바른 YAML이 아닙니다 ({error})"#,
    ),
    (
        r#"the edited text reads as different data from the intended edit"#,
        r#"편집한 텍스트를 읽은 데이터가 의도한 편집 결과와 다릅니다"#,
    ),
    (
        r#"job `{job}` is missing from the output"#,
        r#"출력에 작업 `{job}`이(가) 없습니다"#,
    ),
    (
        r#"job `{job}` still receives keys through env"#,
        r#"작업 `{job}`이(가) 아직 env로 키를 받습니다"#,
    ),
    (
        r#"a step of job `{job}` still receives keys through env"#,
        r#"작업 `{job}`의 단계가 아직 env로 키를 받습니다"#,
    ),
    (
        r#"a credentials step of job `{job}` still has key inputs"#,
        r#"작업 `{job}`의 자격 증명 단계에 아직 키 입력이 있습니다"#,
    ),
    (
        r#"an intended edit was never reached: {edit}"#,
        r#"의도한 편집에 도달하지 못했습니다: {edit}"#,
    ),
    (
        r#"key {key} is already present"#,
        r#"키 {key}이(가) 이미 있습니다"#,
    ),
    (r#"{edit} on a mapping"#, r#"매핑에 대한 {edit}"#),
    (r#"{edit} on a sequence"#, r#"시퀀스에 대한 {edit}"#),
    (
        r#"insert at {index} past the end"#,
        r#"끝을 넘어선 위치 {index}에 삽입"#,
    ),
    (
        r#"an edit on a node of another shape"#,
        r#"형태가 다른 노드에 대한 편집"#,
    ),
    (
        r#"key {key} is not there to remove"#,
        r#"제거할 키 {key}이(가) 없습니다"#,
    ),
    (
        r#"two edits overlap at byte {byte} ({edit} and an earlier one)"#,
        r#"바이트 {byte}에서 두 편집이 겹칩니다 ({edit}, 그리고 그 앞의 편집)"#,
    ),
    (
        r#"an edit has a bad range: {edit}"#,
        r#"편집 범위가 잘못되었습니다: {edit}"#,
    ),
    (
        r#"step {step} of job `{job}` used the access keys to assume {role}; with OIDC the job assumes that role directly, so its trust policy must now admit GitHub's OIDC provider and this job's subjects"#,
        r#"작업 `{job}`의 {step}번째 단계는 액세스 키로 {role}을(를) 맡았습니다. OIDC에서는 작업이 그 역할을 직접 맡으므로, 이제 그 역할의 신뢰 정책이 GitHub의 OIDC 공급자와 이 작업의 subject를 허용해야 합니다"#,
    ),
    (
        r#"Add the OIDC trust statement to that role (or create a new role) before merging the converted workflow."#,
        r#"변환된 워크플로를 병합하기 전에 그 역할에 OIDC 신뢰 문을 추가하세요 (또는 새 역할을 만드세요)."#,
    ),
    (
        r#"job `{job}` uses an AWS China region, whose STS expects the token audience sts.amazonaws.com.cn; Keyless added that audience"#,
        r#"작업 `{job}`은(는) AWS 중국 리전을 쓰며, 그 리전의 STS는 토큰 대상으로 sts.amazonaws.com.cn을 기대합니다. Keyless가 이 대상을 추가했습니다"#,
    ),
    (
        r#"Register sts.amazonaws.com.cn as a client ID of the OIDC provider in the China account."#,
        r#"중국 계정의 OIDC 공급자에 sts.amazonaws.com.cn을 클라이언트 ID로 등록하세요."#,
    ),
    (
        r#"job `{job}` received the access keys through its env: but no step visibly calls AWS; Keyless kept its access by adding the credentials step before step {step}"#,
        r#"작업 `{job}`은(는) 자신의 env:로 액세스 키를 받았지만 AWS를 호출하는 단계가 보이지 않습니다. Keyless는 {step}번째 단계 앞에 자격 증명 단계를 추가해 AWS 접근을 유지했습니다"#,
    ),
    (
        r#"Move the credentials step before the step that needs AWS, or remove it and the id-token grant if the job does not need AWS."#,
        r#"자격 증명 단계를 AWS가 필요한 단계 앞으로 옮기거나, 작업에 AWS가 필요 없다면 그 단계와 id-token 부여를 제거하세요."#,
    ),
    (
        r#"{action} v{major} was moved to {version}"#,
        r#"{action} v{major}을(를) {version}(으)로 옮겼습니다"#,
    ),
    (
        r#"{action} v{major} was moved to {version} (v2 masks the registry password in its outputs by default)"#,
        r#"{action} v{major}을(를) {version}(으)로 옮겼습니다 (v2는 기본적으로 출력에서 레지스트리 비밀번호를 가립니다)"#,
    ),
    (
        r#"Read the action's changelog for the versions in between before merging."#,
        r#"병합하기 전에 그 사이 버전들에 대한 액션의 변경 기록을 읽어 보세요."#,
    ),
    (
        r#"{action} v{major} (`@{ref}`) is older than the current {current} ({version}); its older majors run on Node runtimes GitHub has deprecated or retired"#,
        r#"{action} v{major}(`@{ref}`)은(는) 현재 버전 {current}({version})보다 오래되었습니다. 예전 메이저 버전은 GitHub가 지원을 중단했거나 제거한 Node 런타임에서 실행됩니다"#,
    ),
    (
        r#"Convert again with the upgrade option, or move the reference to the current release yourself."#,
        r#"업그레이드 옵션을 켜고 다시 변환하거나, 참조를 직접 현재 릴리스로 옮기세요."#,
    ),
    (
        r#"permissions: write-all already grants id-token: write to job `{job}`, so Keyless left it; it also grants every other write scope"#,
        r#"permissions: write-all이 이미 작업 `{job}`에 id-token: write를 부여하므로 Keyless가 그대로 두었습니다. 다만 다른 모든 쓰기 범위도 함께 부여합니다"#,
    ),
    (
        r#"Replace write-all with the scopes the job uses plus id-token: write."#,
        r#"write-all을 작업이 쓰는 범위와 id-token: write로 바꾸세요."#,
    ),
    (
        r#"job `{job}` had permissions: read-all, which cannot grant id-token: write; Keyless wrote it out as every scope at read plus id-token: write"#,
        r#"작업 `{job}`에 있던 permissions: read-all로는 id-token: write를 부여할 수 없습니다. Keyless가 모든 범위를 read로 풀어 쓰고 id-token: write를 더했습니다"#,
    ),
    (
        r#"the workflow had permissions: read-all, which cannot grant id-token: write; Keyless wrote it out as every scope at read plus id-token: write"#,
        r#"워크플로에 있던 permissions: read-all로는 id-token: write를 부여할 수 없습니다. Keyless가 모든 범위를 read로 풀어 쓰고 id-token: write를 더했습니다"#,
    ),
    (
        r#"Remove the scopes the job does not use."#,
        r#"작업이 쓰지 않는 범위는 제거하세요."#,
    ),
    (
        r#"Remove the scopes the jobs do not use."#,
        r#"작업들이 쓰지 않는 범위는 제거하세요."#,
    ),
    (
        r#"job `{job}` had GitHub's default token permissions; naming id-token sets every other scope to none, so its new permissions block lists {scopes}"#,
        r#"작업 `{job}`은(는) GitHub의 기본 토큰 권한을 쓰고 있었습니다. id-token을 지정하면 다른 모든 범위가 none이 되므로, 새 permissions 블록에 {scopes}을(를) 나열했습니다"#,
    ),
    (
        r#"Add any scope a step needs that Keyless could not see (for example pull-requests: write for a comment action)."#,
        r#"단계에 필요하지만 Keyless가 알아내지 못한 범위가 있다면 추가하세요 (예: 댓글을 다는 액션이라면 pull-requests: write)."#,
    ),
    (
        r#"a step of job `{job}` uses GITHUB_TOKEN and Keyless cannot tell which scopes it needs; the new permissions block may not grant them"#,
        r#"작업 `{job}`의 단계가 GITHUB_TOKEN을 쓰는데 Keyless는 어떤 범위가 필요한지 알 수 없습니다. 새 permissions 블록이 그 범위를 부여하지 않을 수 있습니다"#,
    ),
    (
        r#"Add the scopes this step needs to the job's permissions block."#,
        r#"이 단계에 필요한 범위를 작업의 permissions 블록에 추가하세요."#,
    ),
    (
        r#"the workflow grants no token permissions (permissions: {{}}); job `{job}` gets its own block with only id-token: write"#,
        r#"워크플로가 토큰 권한을 하나도 부여하지 않으므로(permissions: {{}}) 작업 `{job}`에 id-token: write만 있는 자체 블록을 주었습니다"#,
    ),
    (
        r#"Keep the workflow-level {{}} and grant each job what it needs."#,
        r#"워크플로 수준의 {{}}는 그대로 두고 각 작업에 필요한 것을 부여하세요."#,
    ),
    (
        r#"the workflow-level permissions also cover {others}, which do not need AWS; so that only job `{job}` gets id-token: write, it now has its own block with the workflow's scopes plus id-token: write"#,
        r#"워크플로 수준 permissions는 AWS가 필요 없는 {others}에도 적용됩니다. 작업 `{job}`만 id-token: write를 받도록, 이제 이 작업에는 워크플로의 범위에 id-token: write를 더한 자체 블록이 있습니다"#,
    ),
    (
        r#"Nothing to do; trim the job's scopes if it needs fewer."#,
        r#"따로 할 일은 없습니다. 작업에 필요한 범위가 더 적다면 줄이세요."#,
    ),
    (
        r#"job `{job}` runs on pull_request; runs for pull requests from forks get no OIDC token (id-token is a write permission forks never get), so its AWS steps will fail there"#,
        r#"작업 `{job}`은(는) pull_request에서 실행됩니다. 포크에서 온 풀 리퀘스트의 실행은 OIDC 토큰을 받지 못하므로(id-token은 포크가 절대 받지 못하는 쓰기 권한입니다) 그때는 AWS 단계가 실패합니다"#,
    ),
    (
        r#"Skip the AWS steps for fork pull requests: if: github.event.pull_request.head.repo.full_name == github.repository"#,
        r#"포크 풀 리퀘스트에서는 AWS 단계를 건너뛰세요: if: github.event.pull_request.head.repo.full_name == github.repository"#,
    ),
    (
        r#"pull_request runs of job `{job}` carry the subject repo:OWNER/REPO:pull_request, shared by every pull request in the repository; a role that admits it lets any pull request branch use it"#,
        r#"작업 `{job}`의 pull_request 실행은 subject repo:OWNER/REPO:pull_request를 가지며, 이 값은 리포지토리의 모든 풀 리퀘스트가 공유합니다. 이 값을 허용하는 역할은 어떤 풀 리퀘스트 브랜치에서든 쓸 수 있습니다"#,
    ),
    (
        r#"Admit the pull_request subject only in a role with read-only permissions, or do not run the AWS steps for pull requests."#,
        r#"pull_request subject는 읽기 전용 권한의 역할에서만 허용하거나, 풀 리퀘스트에서는 AWS 단계를 실행하지 마세요."#,
    ),
    (
        r#"job `{job}` now gets id-token: write under {event}, which runs with the base repository's privileges even for fork pull requests, and it checks out the pull request's code, so that code runs with a token that can assume the AWS role"#,
        r#"작업 `{job}`은(는) 이제 {event}에서 id-token: write를 받습니다. 이 이벤트는 포크 풀 리퀘스트에서도 기본 리포지토리의 권한으로 실행되는데, 이 작업은 풀 리퀘스트의 코드를 체크아웃하므로 그 코드가 AWS 역할을 맡을 수 있는 토큰과 함께 실행됩니다"#,
    ),
    (
        r#"job `{job}` now gets id-token: write under {event}, which runs with the base repository's privileges even for fork pull requests; if any step runs code from a fork (a checkout of the pull request head, artifacts from the triggering run), that code can mint the token"#,
        r#"작업 `{job}`은(는) 이제 {event}에서 id-token: write를 받습니다. 이 이벤트는 포크 풀 리퀘스트에서도 기본 리포지토리의 권한으로 실행되므로, 어떤 단계든 포크의 코드(풀 리퀘스트 head의 체크아웃, 트리거한 실행의 아티팩트)를 실행하면 그 코드가 토큰을 발급받을 수 있습니다"#,
    ),
    (
        r#"Run the AWS steps in a separate workflow on push, or never execute fork code in this job."#,
        r#"AWS 단계는 push로 실행되는 별도 워크플로에서 실행하거나, 이 작업에서 포크의 코드를 절대 실행하지 마세요."#,
    ),
    (
        r#"job `{job}` declares an environment, so its token's sub is {sub}, whatever branch or event started the run; a trust policy that names a branch will not admit it"#,
        r#"작업 `{job}`이(가) 환경을 선언하므로, 어떤 브랜치나 이벤트로 시작된 실행이든 토큰의 sub는 {sub}입니다. 브랜치를 지정한 신뢰 정책은 이를 허용하지 않습니다"#,
    ),
    (
        r#"job `{job}` declares environments, so its token's sub is one of {subs}, whatever branch or event started the run; a trust policy that names a branch will not admit it"#,
        r#"작업 `{job}`이(가) 환경을 선언하므로, 어떤 브랜치나 이벤트로 시작된 실행이든 토큰의 sub는 {subs} 중 하나입니다. 브랜치를 지정한 신뢰 정책은 이를 허용하지 않습니다"#,
    ),
    (
        r#"Build the trust policy from these subjects (Keyless does), and protect the environment with required reviewers or branch rules."#,
        r#"이 subject들로 신뢰 정책을 만들고(Keyless가 만들어 줍니다), 환경을 필수 검토자나 브랜치 규칙으로 보호하세요."#,
    ),
    (
        r#"GitHub does not document the subject of {event} runs; Keyless does not derive a sub for them, so a trust policy built from these subjects will not admit them"#,
        r#"GitHub는 {event} 실행의 subject를 문서화하지 않았습니다. Keyless는 이 실행의 sub를 도출하지 않으므로, 이 subject들로 만든 신뢰 정책은 이 실행을 허용하지 않습니다"#,
    ),
    (
        r#"Decode a real token (github/actions-oidc-debugger) and add its sub by hand if the role must admit these runs."#,
        r#"역할이 이 실행을 허용해야 한다면 실제 토큰을 디코딩해(github/actions-oidc-debugger) 그 sub를 직접 추가하세요."#,
    ),
    (
        r#"GitHub does not document the subject of pull_request_target runs; Keyless does not derive a sub for them"#,
        r#"GitHub는 pull_request_target 실행의 subject를 문서화하지 않았습니다. Keyless는 이 실행의 sub를 도출하지 않습니다"#,
    ),
    (
        r#"Decode a real token (github/actions-oidc-debugger) before admitting these runs."#,
        r#"이 실행을 허용하기 전에 실제 토큰을 디코딩해 보세요(github/actions-oidc-debugger)."#,
    ),
    (
        r#"job `{job}` sets environment: {expression}, which Keyless cannot resolve; its runs carry repo:OWNER/REPO:environment:<that name>"#,
        r#"작업 `{job}`이(가) environment: {expression}을(를) 설정하는데 Keyless는 그 값을 알아낼 수 없습니다. 이 작업의 실행에는 repo:OWNER/REPO:environment:<그 이름>이 들어갑니다"#,
    ),
    (
        r#"List the environments it can take and admit each in the trust policy."#,
        r#"가능한 환경을 모두 나열하고 신뢰 정책에서 각각 허용하세요."#,
    ),
    // ---- The evaluator -------------------------------------------------------------------------
    (
        r#"Allow statement {index} (Sid {sid})"#,
        r#"Allow 문 {index} (Sid {sid})"#,
    ),
    (
        r#"Allow statement {index} (no Sid)"#,
        r#"Allow 문 {index} (Sid 없음)"#,
    ),
    (
        r#"Deny statement {index} (Sid {sid})"#,
        r#"Deny 문 {index} (Sid {sid})"#,
    ),
    (
        r#"Deny statement {index} (no Sid)"#,
        r#"Deny 문 {index} (Sid 없음)"#,
    ),
    (
        r#"allowed by {@statement}"#,
        r#"{@statement}에 의해 허용됩니다"#,
    ),
    (
        r#"explicitly denied by {@statement} (a matching Deny wins over any Allow)"#,
        r#"{@statement}에 의해 명시적으로 거부됩니다 (일치하는 Deny는 어떤 Allow보다도 우선합니다)"#,
    ),
    (
        r#"no Allow statement's conditions hold: {@statements}"#,
        r#"조건을 충족하는 Allow 문이 없습니다: {@statements}"#,
    ),
    // One statement's failing conditions; several statements joined by "; ".
    (
        r#"Allow statement {index} (Sid {sid}): {@failures}"#,
        r#"Allow 문 {index} (Sid {sid}): {@failures}"#,
    ),
    (
        r#"Allow statement {index} (no Sid): {@failures}"#,
        r#"Allow 문 {index} (Sid 없음): {@failures}"#,
    ),
    (
        r#"Allow statement {index} (Sid {sid}): {@failures}; {@more}"#,
        r#"Allow 문 {index} (Sid {sid}): {@failures}; {@more}"#,
    ),
    (
        r#"Allow statement {index} (no Sid): {@failures}; {@more}"#,
        r#"Allow 문 {index} (Sid 없음): {@failures}; {@more}"#,
    ),
    (
        r#"no Allow statement that names the provider covers {action}: {@statements} name it but not the action"#,
        r#"공급자를 지정한 Allow 문 중 {action}을(를) 허용하는 문이 없습니다: {@statements}은(는) 공급자를 지정하지만 이 Action은 허용하지 않습니다"#,
    ),
    (
        r#"Allow statement {index} (Sid {sid}), {@more}"#,
        r#"Allow 문 {index} (Sid {sid}), {@more}"#,
    ),
    (
        r#"Allow statement {index} (no Sid), {@more}"#,
        r#"Allow 문 {index} (Sid 없음), {@more}"#,
    ),
    (
        r#"no Allow statement names the token's identity provider {provider}"#,
        r#"토큰의 자격 증명 공급자 {provider}을(를) 지정한 Allow 문이 없습니다"#,
    ),
    (
        r#"no Allow statement names the token's identity provider {provider}; the policy's Allow statements name {named}"#,
        r#"토큰의 자격 증명 공급자 {provider}을(를) 지정한 Allow 문이 없습니다. 정책의 Allow 문이 지정한 것은 {named}입니다"#,
    ),
    (
        r#"the policy has no Allow statement, so every request is implicitly denied"#,
        r#"정책에 Allow 문이 없으므로 모든 요청이 암시적으로 거부됩니다"#,
    ),
    (
        r#"{@statement} was treated as not matching: {@failure}"#,
        r#"{@statement}은(는) 일치하지 않는 것으로 처리되었습니다: {@failure}"#,
    ),
    // One failing condition: "OPERATOR on KEY: DETAIL"; several joined by ", and ".
    (
        r#"{operator} on {key}: {@detail}"#,
        r#"{key}에 대한 {operator}: {@detail}"#,
    ),
    (
        r#"{operator} on {key}: {@detail}, and {@more}"#,
        r#"{key}에 대한 {operator}: {@detail}, 그리고 {@more}"#,
    ),
    (
        r#""{operator}" is an IAM condition operator this evaluator does not model, so the statement is treated as not matching"#,
        r#""{operator}"은(는) 이 평가기가 모델링하지 않는 IAM 조건 연산자이므로, 문이 일치하지 않는 것으로 처리됩니다"#,
    ),
    (
        r#""{operator}" is an IAM condition operator this evaluator does not model, so the statement is treated as not matching, and {@more}"#,
        r#""{operator}"은(는) 이 평가기가 모델링하지 않는 IAM 조건 연산자이므로, 문이 일치하지 않는 것으로 처리됩니다, 그리고 {@more}"#,
    ),
    (
        r#""{operator}" is not an IAM condition operator (unknown operator), so the statement does not match"#,
        r#""{operator}"은(는) IAM 조건 연산자가 아니므로(알 수 없는 연산자) 문이 일치하지 않습니다"#,
    ),
    (
        r#""{operator}" is not an IAM condition operator (unknown operator), so the statement does not match, and {@more}"#,
        r#""{operator}"은(는) IAM 조건 연산자가 아니므로(알 수 없는 연산자) 문이 일치하지 않습니다, 그리고 {@more}"#,
    ),
    (
        r#"Null takes true or false, not {value}"#,
        r#"Null에는 {value}이(가) 아니라 true 또는 false를 써야 합니다"#,
    ),
    (
        r#"Null true requires the key to be absent, but the token's value is {values}"#,
        r#"Null true이면 키가 없어야 하지만 토큰의 값은 {values}입니다"#,
    ),
    (
        r#"Null true requires the key to be absent, but the request's value is {values}"#,
        r#"Null true이면 키가 없어야 하지만 요청의 값은 {values}입니다"#,
    ),
    (
        r#"Null false requires the key to be present, but it is absent (the token has no {claim} claim)"#,
        r#"Null false이면 키가 있어야 하지만 키가 없습니다 (토큰에 {claim} 클레임이 없습니다)"#,
    ),
    (
        r#"Null false requires the key to be present, but it is absent (this token's claims are read through keys starting with {prefix})"#,
        r#"Null false이면 키가 있어야 하지만 키가 없습니다 (이 토큰의 클레임은 {prefix}(으)로 시작하는 키로 읽습니다)"#,
    ),
    (
        r#"the key is absent from the request (the token has no {claim} claim), so the operator is false"#,
        r#"요청에 키가 없으므로(토큰에 {claim} 클레임이 없습니다) 연산자는 거짓입니다"#,
    ),
    (
        r#"the key is absent from the request (this token's claims are read through keys starting with {prefix}), so the operator is false"#,
        r#"요청에 키가 없으므로(이 토큰의 클레임은 {prefix}(으)로 시작하는 키로 읽습니다) 연산자는 거짓입니다"#,
    ),
    (
        r#"the key is absent from the request (the token has no {claim} claim), and ForAnyValue needs at least one value"#,
        r#"요청에 키가 없는데(토큰에 {claim} 클레임이 없습니다) ForAnyValue에는 값이 하나 이상 필요합니다"#,
    ),
    (
        r#"the key is absent from the request (this token's claims are read through keys starting with {prefix}), and ForAnyValue needs at least one value"#,
        r#"요청에 키가 없는데(이 토큰의 클레임은 {prefix}(으)로 시작하는 키로 읽습니다) ForAnyValue에는 값이 하나 이상 필요합니다"#,
    ),
    (
        r#"the policy variable {variable} has no single value in this request, so the statement is invalid and matches nothing"#,
        r#"정책 변수 {variable}에 이 요청에서 쓸 단일 값이 없으므로, 문이 무효가 되어 아무것과도 일치하지 않습니다"#,
    ),
    (
        r#"ForAllValues needs every value to pass, but {value} matches none of {values}"#,
        r#"ForAllValues는 모든 값이 통과해야 하지만 {value}은(는) {values} 중 어느 것과도 일치하지 않습니다"#,
    ),
    (
        r#"ForAllValues needs every value to pass, but {value} matches {hit}"#,
        r#"ForAllValues는 모든 값이 통과해야 하지만 {value}이(가) {hit}와(과) 일치합니다"#,
    ),
    (
        r#"ForAllValues needs every value to pass, but {value} matches the pattern {hit}"#,
        r#"ForAllValues는 모든 값이 통과해야 하지만 {value}이(가) 패턴 {hit}와(과) 일치합니다"#,
    ),
    (
        r#"the token's value {value} matches none of {values}"#,
        r#"토큰의 값 {value}은(는) {values} 중 어느 것과도 일치하지 않습니다"#,
    ),
    (
        r#"the request's value {value} matches none of {values}"#,
        r#"요청의 값 {value}은(는) {values} 중 어느 것과도 일치하지 않습니다"#,
    ),
    (
        r#"the token's values {actual} matches none of {values}"#,
        r#"토큰의 값 {actual}은(는) 모두 {values} 중 어느 것과도 일치하지 않습니다"#,
    ),
    (
        r#"the request's values {actual} matches none of {values}"#,
        r#"요청의 값 {actual}은(는) 모두 {values} 중 어느 것과도 일치하지 않습니다"#,
    ),
    (
        r#"the token's value {value} matches {hit}"#,
        r#"토큰의 값 {value}이(가) {hit}와(과) 일치합니다"#,
    ),
    (
        r#"the token's value {value} matches the pattern {hit}"#,
        r#"토큰의 값 {value}이(가) 패턴 {hit}와(과) 일치합니다"#,
    ),
    (
        r#"the request's value {value} matches {hit}"#,
        r#"요청의 값 {value}이(가) {hit}와(과) 일치합니다"#,
    ),
    (
        r#"the request's value {value} matches the pattern {hit}"#,
        r#"요청의 값 {value}이(가) 패턴 {hit}와(과) 일치합니다"#,
    ),
    (
        r#"the token's values {actual}: {value} matches {hit}"#,
        r#"토큰의 값 {actual} 중 {value}이(가) {hit}와(과) 일치합니다"#,
    ),
    (
        r#"the token's values {actual}: {value} matches the pattern {hit}"#,
        r#"토큰의 값 {actual} 중 {value}이(가) 패턴 {hit}와(과) 일치합니다"#,
    ),
    (
        r#"the request's values {actual}: {value} matches {hit}"#,
        r#"요청의 값 {actual} 중 {value}이(가) {hit}와(과) 일치합니다"#,
    ),
    (
        r#"the request's values {actual}: {value} matches the pattern {hit}"#,
        r#"요청의 값 {actual} 중 {value}이(가) 패턴 {hit}와(과) 일치합니다"#,
    ),
    // ---- Would this run be allowed? --------------------------------------------------------------
    (
        r#"Fill in the owner and repository in the form to describe a run, or paste a token payload."#,
        r#"실행을 설명하려면 양식에 소유자와 리포지토리를 입력하거나, 토큰 페이로드를 붙여 넣으세요."#,
    ),
    (
        r#"Enter the branch of the run."#,
        r#"실행의 브랜치를 입력하세요."#,
    ),
    (
        r#"Enter the tag of the run."#,
        r#"실행의 태그를 입력하세요."#,
    ),
    (
        r#"Enter the branch or tag of the run."#,
        r#"실행의 브랜치나 태그를 입력하세요."#,
    ),
    (
        r#"Enter the default branch of the run."#,
        r#"실행의 기본 브랜치를 입력하세요."#,
    ),
    (
        r#"Enter the environment the job declares."#,
        r#"작업이 선언하는 환경을 입력하세요."#,
    ),
    (
        r#"The form has errors, so there is no generated trust policy; fix them or paste a policy."#,
        r#"양식에 오류가 있어 생성된 신뢰 정책이 없습니다. 오류를 고치거나 정책을 붙여 넣으세요."#,
    ),
    (
        r#"Cannot build the token's claims: {@error}."#,
        r#"토큰의 클레임을 만들 수 없습니다: {@error}."#,
    ),
    (
        r#"the owner name is empty"#,
        r#"소유자 이름이 비어 있습니다"#,
    ),
    (
        r#"the immutable subject format needs the owner ID and the repository ID (GET /repos/{{owner}}/{{repo}}: owner.id and id)"#,
        r#"불변 subject 형식에는 소유자 ID와 리포지토리 ID가 필요합니다 (GET /repos/{{owner}}/{{repo}}의 owner.id와 id)"#,
    ),
    (
        r#"GitHub Enterprise Server does not issue the immutable subject format"#,
        r#"GitHub Enterprise Server는 불변 subject 형식을 발급하지 않습니다"#,
    ),
    (
        r#"include_claim_keys is empty"#,
        r#"include_claim_keys가 비어 있습니다"#,
    ),
    (
        r#"claim key {key} may contain only ASCII letters, digits and underscores"#,
        r#"클레임 키 {key}에는 ASCII 영문자, 숫자, 밑줄만 쓸 수 있습니다"#,
    ),
    (
        r#"the template names {key}, which this run's token does not carry; how GitHub renders a missing claim in sub is not documented"#,
        r#"템플릿이 지정한 {key}이(가) 이 실행의 토큰에 없습니다. 없는 클레임을 GitHub가 sub에 어떻게 나타내는지는 문서화되어 있지 않습니다"#,
    ),
    // The reader of pasted policies and token payloads (iam/read.rs) is in the form's table.
];

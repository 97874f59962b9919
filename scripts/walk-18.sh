#!/usr/bin/env bash
# Issue 18's "Done when", tried as a new user would, over HTTP against a running `npm start`:
#   an emergency household gets small-amount aid first (R08 in its plan, ≤ 500 yuan × members, POL-EMG-2);
#   a case (个案帮扶) goes through a review panel with one conflicted member refused and replaced (POL-INT-9);
#   a payment checked by the panel's amount and the fund's balance; the supervisor approves from 待审批;
#   a follow-up visit closes the case; a district sees its shared unmet needs and turns one into a project.
# Usage: PORT=4300 npm start &   then   PORT=4300 scripts/walk-18.sh
# Needs curl, jq and node; tokens come from `npm run token` (the development JWT_SECRET of the server).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-4000}"
URL="http://localhost:${PORT}/graphql"
STREET=310105001 # 华阳路街道, 长宁区 310105
STEP=0
say() { STEP=$((STEP + 1)); printf '%2d. %s\n' "$STEP" "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
token() { npm run --silent token -- "$@" 2>/dev/null; }

# gql TOKEN QUERY [VARIABLES-JSON] → the response body (GraphQL errors fail the walk)
gql() {
  local body
  body=$(jq -cn --arg q "$2" --argjson v "${3:-{\}}" '{query: $q, variables: $v}')
  local out
  out=$(curl -sS -X POST "$URL" -H 'content-type: application/json' -H "authorization: Bearer $1" -d "$body")
  if [ "$(jq '.errors != null' <<<"$out")" = true ]; then fail "$(jq -c .errors <<<"$out")"; fi
  printf '%s' "$out"
}
# expect JSON JQ-FILTER WHAT: the filter must be true
expect() { [ "$(jq "$2" <<<"$1")" = true ] || fail "$3: $(jq -c . <<<"$1")"; }
# A valid 18-character ID number (GB 11643 check digit), unique per run
idnum() {
  node -e '
    const [birth, seq] = process.argv.slice(1);
    const body = "310105" + birth.replaceAll("-", "") + String(seq).padStart(3, "0");
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i], 0);
    process.stdout.write(body + "10X98765432"[sum % 11]);
  ' "$1" "$(( (RANDOM % 900) + 100 ))"
}

curl -sf "http://localhost:${PORT}/healthz" >/dev/null || fail "no service on port ${PORT} (PORT=${PORT} npm start)"
ADMIN=$(token --role ADMIN --sub walk-admin)
RUN=$(date +%s)

say "ADMIN adds an adviser of 华阳路街道 and registers the street office's supervisor (经办及评议人员)"
r=$(gql "$ADMIN" 'mutation($i: CreateAdviserInput!) { createAdviser(input: $i) { __typename ... on Adviser { id } } }' \
  "{\"i\": {\"name\": \"顾问走查\", \"streetCode\": \"$STREET\", \"roleType\": \"SOCIAL_WORKER\", \"caseloadMax\": 40}}")
ADVISER_ID=$(jq -r .data.createAdviser.id <<<"$r")
ADV=$(token --role ADVISER --sub "$ADVISER_ID" --street "$STREET")
REGISTER='mutation($i: RegisterActingPersonInput!) { registerActingPerson(input: $i) {
  __typename ... on ActingPerson { id idNumberMasked } ... on InputValidationError { fieldErrors { field reason } } } }'
r=$(gql "$ADMIN" "$REGISTER" \
  "{\"i\": {\"name\": \"救助所审批人\", \"idNumber\": \"$(idnum 1975-03-03)\", \"kind\": \"SUPERVISOR\", \"streetCodes\": [\"$STREET\"]}}")
expect "$r" '.data.registerActingPerson.__typename == "ActingPerson"' "register the supervisor"
SUPERVISOR_ID=$(jq -r .data.registerActingPerson.id <<<"$r")
SUP=$(token --role SUPERVISOR --sub "$SUPERVISOR_ID" --street "$STREET")
r=$(gql "$SUP" '{ viewer { id role streetCodes } }')
expect "$r" ".data.viewer.id == \"$SUPERVISOR_ID\" and .data.viewer.streetCodes == [\"$STREET\"]" "supervisor sign-in"
echo "    supervisor signs in as register entry $SUPERVISOR_ID (streets from the register)"

say "ADMIN sets up the street's 市民综合帮扶 fund (慈善募捐) with 3,000 yuan"
r=$(gql "$ADMIN" 'mutation($i: CreateFundInput!) { createFund(input: $i) { __typename ... on Fund { id } } }' \
  "{\"i\": {\"code\": \"WALK-$RUN\", \"nameZh\": \"华阳路街道市民综合帮扶专项资金\", \"districtCode\": \"310105\",
    \"streetCode\": \"$STREET\", \"source\": \"CHARITY_DONATION\", \"purposes\": [\"SMALL_AMOUNT_AID\", \"CASE_HELP\"]}}")
FUND_ID=$(jq -r .data.createFund.id <<<"$r")
DEPOSIT='mutation($i: DepositToFundInput!) { depositToFund(input: $i) { __typename ... on Fund { balance } } }'
gql "$ADMIN" "$DEPOSIT" "{\"i\": {\"fundId\": \"$FUND_ID\", \"amount\": 3000}}" >/dev/null

say "the adviser registers an emergency household (2 members, 低保), assesses it, reports an emergency (N05)"
M1=$(idnum 1958-04-04)
M2=$(idnum 1960-06-06)
r=$(gql "$ADV" 'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { __typename ... on Household { id } } }' \
  "{\"i\": {\"streetCode\": \"$STREET\", \"address\": \"长宁区华阳路街道走查小区${RUN}号\",
    \"housing\": {\"floor\": 3, \"hasElevator\": false, \"tenure\": \"PUBLIC_RENTAL\", \"livingAreaSqm\": 30},
    \"economics\": {\"incomePensions\": 2100, \"liquidAssets\": 3000},
    \"categories\": [{\"category\": \"DB\", \"since\": \"2023-07-01\"}],
    \"members\": [{\"name\": \"走查甲\", \"idNumber\": \"$M1\", \"relation\": \"HEAD\", \"hukou\": \"LOCAL\"},
                  {\"name\": \"走查乙\", \"idNumber\": \"$M2\", \"relation\": \"SPOUSE\", \"hukou\": \"LOCAL\"}]}}")
expect "$r" '.data.createHousehold.__typename == "Household"' "create the household"
HH=$(jq -r .data.createHousehold.id <<<"$r")
gql "$ADV" 'mutation($h: ID!) { assessHousehold(householdId: $h) { __typename } }' "{\"h\": \"$HH\"}" >/dev/null
r=$(gql "$ADV" 'mutation($i: AddNeedInput!) { addNeed(input: $i) { __typename ... on Need { id code urgency } } }' \
  "{\"i\": {\"householdId\": \"$HH\", \"code\": \"N05\", \"source\": \"VISIT\", \"urgency\": \"EMERGENCY\",
    \"note\": \"住所火灾，生活用品尽毁，急需临时生活费\"}}")
expect "$r" '.data.addNeed.code == "N05"' "report N05"

say "the plan (一户一策) proposes small-amount aid R08 for N05 (POL-EMG-2)"
r=$(gql "$ADV" 'mutation($h: ID!) { generatePlan(householdId: $h) { __typename ... on Plan { id
  items { id kind resourceCode needCodes } } } }' "{\"h\": \"$HH\"}")
PLAN_ID=$(jq -r .data.generatePlan.id <<<"$r")
R08=$(jq -r '[.data.generatePlan.items[] | select(.resourceCode == "R08")][0].id // empty' <<<"$r")
[ -n "$R08" ] || fail "no R08 in the plan: $(jq -c '.data.generatePlan.items' <<<"$r")"
echo "    plan items: $(jq -r '[.data.generatePlan.items[] | "\(.resourceCode):\(.kind)"] | join(" ")' <<<"$r")"

PAY='mutation($i: PayFromFundInput!) { payFromFund(input: $i) { __typename
  ... on FundPayment { id status amount } ... on InputValidationError { fieldErrors { field reason } }
  ... on InsufficientFundsError { requested available } } }'
say "small-amount aid first: 1,200 is above 500 × 2 members and refused; 1,000 is paid at once, no second person"
r=$(gql "$ADV" "$PAY" "{\"i\": {\"fundId\": \"$FUND_ID\", \"householdId\": \"$HH\", \"planItemId\": \"$R08\",
  \"purpose\": \"SMALL_AMOUNT_AID\", \"amount\": 1200, \"method\": \"CASH\"}}")
expect "$r" '.data.payFromFund.fieldErrors[0].reason == "ABOVE_SMALL_AMOUNT_CEILING"' "the ceiling"
r=$(gql "$ADV" "$PAY" "{\"i\": {\"fundId\": \"$FUND_ID\", \"householdId\": \"$HH\", \"planItemId\": \"$R08\",
  \"purpose\": \"SMALL_AMOUNT_AID\", \"amount\": 1000, \"method\": \"CASH\"}}")
expect "$r" '.data.payFromFund.status == "PAID"' "small-amount aid paid"
echo "    1,200 → ABOVE_SMALL_AMOUNT_CEILING; 1,000 → PAID (balance now 2,000)"

CASE_STEP='__typename ... on CaseHelp { id step decisionStatus followUpDueOn openTasks }
  ... on InputValidationError { fieldErrors { field reason } }
  ... on CaseConflictOfInterestError { actingAs filingId personId field }
  ... on ErrorResult { errorCode message }'
say "the adviser opens a case (个案帮扶), accepts it, assesses it on the fast track (低保, POL-CH-5)"
r=$(gql "$ADV" "mutation(\$i: OpenCaseInput!) { openCase(input: \$i) { $CASE_STEP } }" \
  "{\"i\": {\"householdId\": \"$HH\", \"origin\": \"ADVISER\", \"difficulty\": \"火灾后住所修复与生活重建费用难以承担\",
    \"requestedAmount\": 2500}}")
CASE_ID=$(jq -r .data.openCase.id <<<"$r")
gql "$ADV" "mutation(\$i: AcceptCaseInput!) { acceptCase(input: \$i) { $CASE_STEP } }" \
  "{\"i\": {\"caseId\": \"$CASE_ID\"}}" >/dev/null
r=$(gql "$ADV" "mutation(\$i: RecordCaseAssessmentInput!) { recordCaseAssessment(input: \$i) { $CASE_STEP } }" \
  "{\"i\": {\"caseId\": \"$CASE_ID\", \"fastTrack\": true, \"findings\": \"低保家庭，火灾后仍有困难\", \"proposedAmount\": 2500}}")
expect "$r" '.data.recordCaseAssessment.step == "PANEL_REVIEW"' "assessment"

say "the supervisor registers the 居委干部 and files her near relative, a member of the household (近亲属备案)"
CADRE_ID_NUMBER=$(idnum 1970-08-08)
r=$(gql "$SUP" "$REGISTER" "{\"i\": {\"name\": \"居委干部\", \"idNumber\": \"$CADRE_ID_NUMBER\",
  \"kind\": \"NEIGHBOURHOOD_CADRE\", \"streetCodes\": [\"$STREET\"]}}")
CADRE=$(jq -r .data.registerActingPerson.id <<<"$r")
r=$(gql "$SUP" 'mutation($i: FilePersonNearRelativeInput!) { filePersonNearRelative(input: $i) {
  __typename ... on PersonNearRelativeFiling { id relativeIdNumberMasked } } }' \
  "{\"i\": {\"personId\": \"$CADRE\", \"relativeName\": \"表姐\", \"idNumber\": \"$M2\", \"relation\": \"OTHER\",
    \"filedOn\": \"2025-01-02\"}}")
FILING=$(jq -r .data.filePersonNearRelative.id <<<"$r")

PANEL='mutation($i: RecordCasePanelInput!) { recordCasePanel(input: $i) { '"$CASE_STEP"' } }'
panel_input() {
  echo "{\"i\": {\"caseId\": \"$CASE_ID\", \"hearingOn\": \"$(date +%F)\", \"opinion\": \"经评议，情况属实，同意帮扶\",
    \"outcome\": \"APPROVED\", \"approvedAmount\": 2500, \"members\": [
    {\"name\": \"街镇救助所干部\", \"role\": \"STREET_CADRE\", \"chair\": true, \"idNumber\": \"$(idnum 1972-01-01)\"},
    {\"name\": \"楼组长\", \"role\": \"BUILDING_HEAD\", \"idNumber\": \"$(idnum 1961-02-02)\"},
    {\"name\": \"居民代表\", \"role\": \"RESIDENT_REPRESENTATIVE\", \"idNumber\": \"$(idnum 1963-03-03)\"}, $1]}}"
}
say "the panel (民主评议) with the 居委干部 is refused, the filing named; replaced by a volunteer, it sits"
r=$(gql "$ADV" "$PANEL" "$(panel_input "{\"name\": \"居委干部\", \"role\": \"NEIGHBOURHOOD_CADRE\", \"personId\": \"$CADRE\"}")")
expect "$r" ".data.recordCasePanel.__typename == \"CaseConflictOfInterestError\" and
  .data.recordCasePanel.filingId == \"$FILING\" and .data.recordCasePanel.field == \"input.members.3\"" "conflicted member"
echo "    refused: $(jq -r .data.recordCasePanel.message <<<"$r")"
r=$(gql "$ADV" "$PANEL" "$(panel_input "{\"name\": \"志愿者\", \"role\": \"VOLUNTEER\", \"idNumber\": \"$(idnum 1990-09-09)\"}")")
expect "$r" '.data.recordCasePanel.decisionStatus == "PENDING"' "panel replaced"

INBOX='{ pendingApprovals(first: 20) { totalCount edges { node { id kind amount draftedByYou mayApprove reason } } } }'
say "the supervisor's 待审批 shows the draft plan and the panel's outcome; she approves the case"
r=$(gql "$SUP" "$INBOX")
expect "$r" "[.data.pendingApprovals.edges[].node | select(.id == \"$CASE_ID\" and .kind == \"CASE_DECISION\")] | length == 1" \
  "case in the inbox"
expect "$r" "[.data.pendingApprovals.edges[].node | select(.id == \"$PLAN_ID\" and .kind == \"PLAN_APPROVAL\")] | length == 1" \
  "plan in the inbox"
echo "    待审批: $(jq -r '[.data.pendingApprovals.edges[].node.kind] | group_by(.) | map("\(.[0]) ×\(length)") | join(", ")' <<<"$r")"
r=$(gql "$SUP" "mutation(\$i: DecideCaseInput!) { decideCase(input: \$i) { $CASE_STEP } }" \
  "{\"i\": {\"caseId\": \"$CASE_ID\", \"approve\": true}}")
expect "$r" '.data.decideCase.step == "DISBURSEMENT"' "case approved"

say "the payment: 2,500 is more than the fund holds (INSUFFICIENT_FUNDS); ADMIN tops it up; it waits for approval"
r=$(gql "$ADV" "$PAY" "{\"i\": {\"fundId\": \"$FUND_ID\", \"householdId\": \"$HH\", \"purpose\": \"CASE_HELP\",
  \"amount\": 2500, \"method\": \"BANK_TRANSFER\"}}")
expect "$r" '.data.payFromFund.__typename == "InsufficientFundsError" and .data.payFromFund.available == 2000' "balance"
gql "$ADMIN" "$DEPOSIT" "{\"i\": {\"fundId\": \"$FUND_ID\", \"amount\": 10000}}" >/dev/null
r=$(gql "$ADV" "$PAY" "{\"i\": {\"fundId\": \"$FUND_ID\", \"householdId\": \"$HH\", \"purpose\": \"CASE_HELP\",
  \"amount\": 2500, \"method\": \"BANK_TRANSFER\"}}")
expect "$r" '.data.payFromFund.status == "PENDING_APPROVAL"' "payment pending"
PAYMENT=$(jq -r .data.payFromFund.id <<<"$r")

say "the supervisor approves the payment from 待审批; the adviser links it to the case (资金发放)"
r=$(gql "$SUP" "$INBOX")
expect "$r" "[.data.pendingApprovals.edges[].node | select(.id == \"$PAYMENT\" and .mayApprove)] | length == 1" "inbox"
r=$(gql "$SUP" 'mutation($i: DecideFundPaymentInput!) { decideFundPayment(input: $i) { __typename
  ... on FundPayment { status decidedBy } } }' "{\"i\": {\"paymentId\": \"$PAYMENT\", \"approve\": true}}")
expect "$r" '.data.decideFundPayment.status == "PAID"' "payment approved"
r=$(gql "$ADV" "mutation(\$i: RecordCaseDisbursementInput!) { recordCaseDisbursement(input: \$i) { $CASE_STEP } }" \
  "{\"i\": {\"caseId\": \"$CASE_ID\", \"paymentId\": \"$PAYMENT\"}}")
expect "$r" '.data.recordCaseDisbursement.step == "FOLLOW_UP"' "disbursed"
echo "    follow-up visit due by $(jq -r .data.recordCaseDisbursement.followUpDueOn <<<"$r")"

say "the follow-up visit (回访) closes the case"
r=$(gql "$ADV" 'mutation($i: RecordServiceInput!) { recordService(input: $i) { __typename ... on ServiceRecord { id } } }' \
  "{\"i\": {\"householdId\": \"$HH\", \"serviceCode\": \"ADV-VISIT\", \"mode\": \"HOME_VISIT\",
    \"occurredAt\": \"$(date -u +%FT%T.000Z)\", \"findings\": \"回访：帮扶资金已到账，住所已修复\"}}")
expect "$r" '.data.recordService.__typename == "ServiceRecord"' "visit"
r=$(gql "$ADV" 'query($id: ID!) { caseHelp(id: $id) { step history { kind } } }' "{\"id\": \"$CASE_ID\"}")
expect "$r" '.data.caseHelp.step == "CLOSED"' "case closed"
echo "    history: $(jq -r '[.data.caseHelp.history[].kind] | join(" → ")' <<<"$r")"

say "two elders living alone have a crisis-protection need (N13) no resource meets; the district sees it"
for i in 1 2; do
  r=$(gql "$ADV" 'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { __typename ... on Household { id } } }' \
    "{\"i\": {\"streetCode\": \"$STREET\", \"address\": \"长宁区华阳路街道走查独居${RUN}-${i}号\",
      \"housing\": {\"floor\": 5, \"hasElevator\": false, \"tenure\": \"PUBLIC_RENTAL\", \"livingAreaSqm\": 18,
        \"homeAdapted\": false, \"falls12m\": 1, \"condition\": \"ADEQUATE\"},
      \"economics\": {\"incomeWages\": 0, \"incomePensions\": 900, \"incomeBenefits\": 400, \"incomeMaintenance\": 0,
        \"incomeOther\": 0, \"liquidAssets\": 2000, \"rigidMedical\": 3000, \"rigidEducation\": 0, \"rigidCare\": 2000,
        \"rigidRehab\": 0, \"arrears\": \"NONE\"},
      \"observations\": {\"familyStructure\": \"LIVING_ALONE\", \"kinSupport\": \"NONE\", \"communityContact\": \"OCCASIONAL\",
        \"digitalCapacity\": \"CANNOT_USE\", \"careServiceGap\": \"PARTLY_COVERED\"},
      \"consents\": {\"charityReferral\": true, \"charityReferralDate\": \"2026-01-05\"},
      \"categories\": [{\"category\": \"DB\", \"since\": \"2023-07-01\"}],
      \"members\": [{\"name\": \"独居老人${i}\", \"idNumber\": \"$(idnum 1940-05-0$i)\", \"relation\": \"HEAD\",
        \"hukou\": \"LOCAL\", \"careNeedsGrade\": 5, \"chronicIllness\": true, \"hasDisability\": false,
        \"mobilityImpaired\": true}]}}")
  ELDER=$(jq -r .data.createHousehold.id <<<"$r")
  gql "$ADV" 'mutation($h: ID!) { assessHousehold(householdId: $h) { __typename } }' "{\"h\": \"$ELDER\"}" >/dev/null
done
r=$(gql "$ADMIN" '{ sharedUnmetNeeds(level: DISTRICT, code: "310105", needCode: "N13") { needCode households open
  noResource byConsent { key households } byAgeBand { key households } } }')
expect "$r" '.data.sharedUnmetNeeds[0].households >= 2' "shared unmet needs"
echo "    N13 in 长宁区: $(jq -c '.data.sharedUnmetNeeds[0] | {households, open, noResource, byConsent}' <<<"$r")"

say "ADMIN turns it into a project (项目帮扶, 一类一策) with its fund; the adviser plans a household into it"
r=$(gql "$ADMIN" 'mutation($i: CreateProjectInput!) { createProject(input: $i) { __typename
  ... on Project { id code resource { code status } } ... on InputValidationError { fieldErrors { field reason } } } }' \
  "{\"i\": {\"code\": \"CN-$RUN-N13\", \"nameZh\": \"独居困难老人危机守护\", \"needCode\": \"N13\", \"scopeLevel\": \"DISTRICT\",
    \"scopeCode\": \"310105\", \"resource\": {\"providerId\": \"P-SH-BKHZ\", \"nameZh\": \"独居困难老人危机守护\",
      \"nameEn\": \"Crisis watch for poor elders living alone\", \"form\": \"SERVICE\",
      \"eligibility\": {\"fact\": \"household.categories\", \"op\": \"includesAny\", \"value\": [\"DB\", \"TK\", \"BY\", \"GX\"]},
      \"capacityKind\": \"QUOTA\", \"quota\": 20, \"period\": \"YEAR\"},
    \"newFund\": {\"code\": \"PRJ-$RUN\", \"nameZh\": \"长宁区市民综合帮扶项目资金\", \"districtCode\": \"310105\",
      \"source\": \"WELFARE_LOTTERY\", \"purposes\": [\"PROJECT_HELP\"]}}}")
expect "$r" '.data.createProject.__typename == "Project"' "create the project"
PROJECT=$(jq -r .data.createProject.id <<<"$r")
RESOURCE=$(jq -r '.data.createProject.resource.code' <<<"$r")
echo "    project $(jq -r .data.createProject.code <<<"$r"): resource $(jq -r '.data.createProject.resource.code' <<<"$r") \
$(jq -r '.data.createProject.resource.status' <<<"$r")"
r=$(gql "$ADV" 'query($p: ID!) { proposeProjectHouseholds(projectId: $p) { householdId canPlan draftPlanId } }' \
  "{\"p\": \"$PROJECT\"}")
echo "    households behind it: $(jq '.data.proposeProjectHouseholds | length' <<<"$r")"
# A published project is a candidate of the planner: the consenting household's new plan version takes it up
r=$(gql "$ADV" 'mutation($h: ID!) { generatePlan(householdId: $h) { __typename ... on Plan { id
  items { resourceCode needCodes } } } }' "{\"h\": \"$ELDER\"}")
expect "$r" "[.data.generatePlan.items[] | select(.resourceCode == \"$RESOURCE\")] | length == 1" "project in the plan"
echo "    the elder's plan now: $(jq -r '[.data.generatePlan.items[] | "\(.resourceCode)[\(.needCodes | join(","))]"] | join(" ")' <<<"$r")"
r=$(gql "$ADV" 'mutation($i: PlanProjectHouseholdInput!) { planProjectHousehold(input: $i) { __typename
  ... on InputValidationError { fieldErrors { field reason } } } }' \
  "{\"i\": {\"projectId\": \"$PROJECT\", \"householdId\": \"$ELDER\", \"reason\": \"独居高龄，危机守护\"}}")
expect "$r" '.data.planProjectHousehold.fieldErrors[0].reason == "ALREADY_IN_PLAN"' "planned once only"
echo "    planning it again by hand: ALREADY_IN_PLAN"

echo "walk-18: all $STEP steps passed"

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accept the application (受理): assessment begins, or, with helpFirst, disbursement comes first (POL-CH-4). */
export type AcceptCaseInput = {
  /** For helpFirst: the family cannot solve an acute difficulty on its own (attested by you). */
  acuteDifficulty?: boolean;
  /** The case, in APPLICATION. */
  caseId: string | number;
  /** 先帮扶、事后补办手续 (POL-CH-4): go straight to disbursement; assessment and panel become open tasks. */
  helpFirst?: boolean;
  /** For helpFirst: no policy can yet cover it, the statutory schemes tried or ruled out (POL-ORD-3). */
  notCoveredByPolicy?: boolean;
  /** Note; for helpFirst, the acute difficulty. */
  note?: string | null | undefined;
};

/** Which access-audit rows to list; all filters optional and combined with AND. */
export type AccessAuditFilter = {
  /** Only this action. */
  action?: AuditAction | null | undefined;
  /** Only this actor (token subject). */
  actorId?: string | null | undefined;
  /** Only this role: ADMIN, ADVISER, PARTNER or VIEWER. */
  actorRole?: string | null | undefined;
  /** From this instant (inclusive). */
  from?: string | null | undefined;
  /** Only this object id. */
  objectId?: string | null | undefined;
  /** Only objects of this GraphQL type, e.g. Member. */
  objectType?: string | null | undefined;
  /** Only this request. */
  requestId?: string | number | null | undefined;
  /** Before this instant (exclusive). */
  to?: string | null | undefined;
};

/** Filters of the register; all optional and combined with AND. */
export type ActingPersonFilter = {
  /** Of this kind. */
  kind?: ActingPersonKind | null | undefined;
  /** Acting in this street (9 digits). */
  streetCode?: string | null | undefined;
};

/** What a registered person does on cases (身份). */
export type ActingPersonKind =
  /** 综合帮扶评估员 comprehensive-help assessor */
  | 'ASSESSOR'
  /** 楼组长 building head */
  | 'BUILDING_HEAD'
  /** 区救助干部 district assistance cadre */
  | 'DISTRICT_CADRE'
  /** 居村干部 neighbourhood or village committee cadre */
  | 'NEIGHBOURHOOD_CADRE'
  /** 居民代表 resident representative */
  | 'RESIDENT_REPRESENTATIVE'
  /** 街镇救助干部 street assistance cadre */
  | 'STREET_CADRE'
  /** 街镇社会救助所审批人 supervisor of the street social-assistance office (approves) */
  | 'SUPERVISOR'
  /** 社区志愿者 community volunteer */
  | 'VOLUNTEER';

/** Add a member to a household. */
export type AddMemberInput = {
  /** The household. */
  householdId: string | number;
  /** The new member. */
  member: NewMemberInput;
};

/** A need an adviser records by hand. */
export type AddNeedInput = {
  /** Need code N01–N28. */
  code: string;
  /** The household. */
  householdId: string | number;
  /** What was reported or seen. */
  note: string;
  /** SELF_REPORT, VISIT or DATA_WARNING (ASSESSMENT needs come from assessments). */
  source: NeedSource;
  /** Urgency; ORDINARY when omitted. */
  urgency?: NeedUrgency | null | undefined;
};

/** Add a resource for one of the household's needs to a draft plan, with the reason. Still checked for eligibility and duplicate assistance. */
export type AddPlanItemInput = {
  /** An active need of the household. */
  needId: string | number;
  /** The draft plan. */
  planId: string | number;
  /** Why the adviser adds it. */
  reason: string;
  /** A published resource meeting that need. */
  resourceId: string | number;
};

/** Filters for the roster; all optional and combined with AND. */
export type AdviserFilter = {
  /** Active (default true); false lists deactivated entries. */
  active?: boolean | null | undefined;
  /** Having this specialty. */
  specialty?: AdviserSpecialty | null | undefined;
  /** Street (街镇) code. */
  streetCode?: string | null | undefined;
};

/** Who the adviser is (人员类型, POLICY.md §12.1). */
export type AdviserRoleType =
  /** 社会救助工作人员 social-assistance staff */
  | 'ASSISTANCE_STAFF'
  /** 居村干部 neighbourhood or village committee cadre */
  | 'COMMITTEE_CADRE'
  /** 社区工作者 community worker */
  | 'COMMUNITY_WORKER'
  /** 专业社工 professional social worker */
  | 'SOCIAL_WORKER'
  /** 志愿者 volunteer */
  | 'VOLUNTEER';

/** What an adviser is good at (专长); used to suggest advisers for a household. */
export type AdviserSpecialty =
  /** 儿童 children */
  | 'CHILD'
  /** 残疾 disability */
  | 'DISABILITY'
  /** 老年人 older people */
  | 'ELDERLY'
  /** 就业 employment */
  | 'EMPLOYMENT'
  /** 住房 housing */
  | 'HOUSING'
  /** 法律 legal */
  | 'LEGAL'
  /** 医疗 medical */
  | 'MEDICAL'
  /** 心理健康 mental health */
  | 'MENTAL_HEALTH'
  /** 政策 policy navigation */
  | 'POLICY';

/** How the proposal was found; both give the highest total priority. */
export type AllocationMethod =
  /** 最小费用流 exclusive groups tie the resources together: an exact min-cost flow */
  | 'MIN_COST_FLOW'
  /** 排序 no household claims two resources of one exclusive group: each queue is a sort */
  | 'SORT';

/** Archive a household (kept for history). */
export type ArchiveHouseholdInput = {
  /** The household. */
  id: string | number;
  /** Why it is archived, e.g. moved away, deceased, duplicate. */
  reason: string;
};

/** Arrears and debt (欠费/债务): rent, utilities, property fees, overdue loans. */
export type ArrearsLevel =
  /** 面临断供或驱逐 cut-off or eviction threatened */
  | 'CUTOFF_OR_EVICTION_THREATENED'
  /** 无 none */
  | 'NONE'
  /** 逾期1–3个月 overdue 1–3 months */
  | 'OVERDUE_1_3_MONTHS'
  /** 逾期3个月以上 overdue over 3 months */
  | 'OVERDUE_OVER_3_MONTHS'
  /** 少量，不足1个月 small, under one month */
  | 'UNDER_1_MONTH';

/** Make an adviser responsible for a household. */
export type AssignAdviserInput = {
  /** The adviser: active, of the household's street, with spare caseload, and with no filed near relative in the household. */
  adviserId: string | number;
  /** The household. */
  householdId: string | number;
  /** Why this adviser. */
  note?: string | null | undefined;
};

/** Assistance categories (救助类别) a household can hold; they place it in the four circles (四个圈层). */
export type AssistanceCategory =
  /** 低保边缘 dibao-edge household */
  | 'BY'
  /** 低保 minimum living allowance (dibao) */
  | 'DB'
  /** 散居孤儿 orphan living outside institutions */
  | 'GE'
  /** 刚性支出困难 rigid-expenditure hardship */
  | 'GX'
  /** 困境儿童 child in plight */
  | 'KJ'
  /** 特困 集中供养 extreme poverty, institutional care */
  | 'TK_CENTRAL'
  /** 特困 分散供养 extreme poverty, supported at home */
  | 'TK_DISPERSED'
  /** 重残无业 severely disabled without work */
  | 'ZC'
  /** 受灾人员救助 disaster-victim assistance (special) */
  | 'ZX_DISASTER'
  /** 教育救助 education assistance (special) */
  | 'ZX_EDUCATION'
  /** 就业救助 employment assistance (special) */
  | 'ZX_EMPLOYMENT'
  /** 住房救助 housing assistance (special) */
  | 'ZX_HOUSING'
  /** 医疗救助 medical assistance (special) */
  | 'ZX_MEDICAL';

/** An assistance-history entry. */
export type AssistanceEventInput = {
  /** Amount paid, yuan. */
  amount?: number | null | undefined;
  /** Date of the decision or payment; not in the future. */
  date: string;
  /** What happened. */
  kind: AssistanceEventKind;
  /** Note. */
  note?: string | null | undefined;
  /** The scheme it concerns. */
  scheme: AssistanceScheme;
};

/** Kinds of assistance history entries. */
export type AssistanceEventKind =
  /** 申请未通过 application refused */
  | 'APPLICATION_REFUSED'
  /** 终止救助 assistance terminated */
  | 'ASSISTANCE_TERMINATED'
  /** 临时救助 temporary assistance received */
  | 'TEMPORARY_ASSISTANCE';

/** The scheme an assistance-history entry concerns: a category, or TEMPORARY (临时救助). */
export type AssistanceScheme =
  /** 低保边缘 dibao-edge household */
  | 'BY'
  /** 低保 minimum living allowance (dibao) */
  | 'DB'
  /** 散居孤儿 orphan living outside institutions */
  | 'GE'
  /** 刚性支出困难 rigid-expenditure hardship */
  | 'GX'
  /** 困境儿童 child in plight */
  | 'KJ'
  /** 临时救助 temporary assistance */
  | 'TEMPORARY'
  /** 特困 集中供养 extreme poverty, institutional care */
  | 'TK_CENTRAL'
  /** 特困 分散供养 extreme poverty, supported at home */
  | 'TK_DISPERSED'
  /** 重残无业 severely disabled without work */
  | 'ZC'
  /** 受灾人员救助 disaster-victim assistance (special) */
  | 'ZX_DISASTER'
  /** 教育救助 education assistance (special) */
  | 'ZX_EDUCATION'
  /** 就业救助 employment assistance (special) */
  | 'ZX_EMPLOYMENT'
  /** 住房救助 housing assistance (special) */
  | 'ZX_HOUSING'
  /** 医疗救助 medical assistance (special) */
  | 'ZX_MEDICAL';

/** What an access-audit row records (访问审计). */
export type AuditAction =
  /** Data was exported. */
  | 'EXPORT'
  /** A health fact (disability, illness, care needs, hospital stays) was read. */
  | 'READ_HEALTH'
  /** A full resident ID number (身份证号码) was read. */
  | 'READ_ID_NUMBER'
  /** A mutation was called, whatever its outcome. */
  | 'WRITE';

/** Filters of batchRuns; all optional. */
export type BatchRunFilter = {
  /** Only this kind: assess, household_import, warnings_import, seed_demo. */
  kind?: string | null | undefined;
  /** Only this status: RUNNING, SUCCEEDED, FAILED. */
  status?: string | null | undefined;
};

/** What a resource gives. */
export type BenefitInput = {
  /** Amount in yuan. */
  amount?: number | null | undefined;
  /** Cap in yuan. */
  cap?: number | null | undefined;
  /** Description in English. */
  descriptionEn?: string | null | undefined;
  /** Description in Chinese. */
  descriptionZh?: string | null | undefined;
  /** Hours. */
  hours?: number | null | undefined;
  /** Sessions. */
  sessions?: number | null | undefined;
  /** Unit: PER_PERSON_MONTH, PER_HOUSEHOLD_MONTH, PER_HOUSEHOLD, PER_PERSON, PER_PERSON_YEAR, PER_TIME, PER_ELEVATOR. */
  unit?: string | null | undefined;
};

/** Why a candidate resource was not chosen for a need (为何未选). */
export type CandidateReason =
  /** 已在转介中 an active referral to it exists */
  | 'ACTIVE_REFERRAL'
  /** 已在方案中 already an item of this plan for this need */
  | 'ALREADY_IN_PLAN'
  /** 已享受 the household already receives it */
  | 'ALREADY_RECEIVING'
  /** 法定已覆盖 charity cash for a cost a statutory item in the plan covers (no duplicate assistance) */
  | 'COST_COVERED_BY_STATUTORY'
  /** 互斥 a resource of the same exclusive group is received, referred or in the plan */
  | 'EXCLUSIVE_GROUP'
  /** 已过期 past its validity */
  | 'EXPIRED'
  /** 形式不符 a service need is not met by cash or goods alone (NEEDS.md form of help) */
  | 'FORM_MISMATCH'
  /** 须先排除上位救助 a gateway certification, offered only once the higher scheme (低保) is ruled out (POL-ORD-1) */
  | 'GATEWAY_HIGHER_FIRST'
  /** 不符合条件 a condition of its rule fails (see failedConditions) */
  | 'INELIGIBLE'
  /** 层级靠后 eligible, but a higher layer of help or the designated channel meets this need (POL-ORD-1, POL-ORD-2) */
  | 'LOWER_LAYER'
  /** 非紧急 small-amount aid is only for an emergency need (POL-EMG-2) */
  | 'NOT_AN_EMERGENCY'
  /** 未发布 suspended or retired */
  | 'NOT_PUBLISHED'
  /** 未生效 not valid yet */
  | 'NOT_YET_VALID'
  /** 名额已满 no places left */
  | 'NO_CAPACITY'
  /** 未授权慈善转介 the household has not consented to referral to non-government organisations */
  | 'NO_REFERRAL_CONSENT'
  /** 排序靠后 eligible, but another resource ranked higher */
  | 'OUTRANKED'
  /** 不在服务范围 the household lives outside its area */
  | 'OUT_OF_AREA'
  /** 需先用尽法定 offered only after statutory schemes are used or ruled out, and one is still undecided */
  | 'STATUTORY_NOT_RULED_OUT'
  /** 待核实 a fact its rule needs is unknown (see failedConditions) */
  | 'UNKNOWN_FACTS';

/** Capacity model. */
export type CapacityKind =
  /** 应享尽享 uncapped entitlement */
  | 'ENTITLEMENT'
  /** 名额 a quota per period */
  | 'QUOTA';

/** Who holds an assistance card or passbook on the household’s behalf (卡折代管人, POL-INT-4). */
export type CardCustodyHolder =
  /** 监护人 a guardian. */
  | 'GUARDIAN'
  /** 机构 a care institution. */
  | 'INSTITUTION'
  /** 其他 someone else (say who in the reason). */
  | 'OTHER'
  /** 亲属 a relative. */
  | 'RELATIVE'
  /** 居(村)委会 the residents’ or villagers’ committee. */
  | 'RESIDENTS_COMMITTEE';

/** Care needs versus care services received (照护服务缺口). */
export type CareServiceGap =
  /** 已覆盖 covered */
  | 'COVERED'
  /** 未覆盖 not covered */
  | 'NOT_COVERED'
  /** 部分覆盖 partly covered */
  | 'PARTLY_COVERED';

/** Main carer's condition (主要照护者状况), adviser-observed. */
export type CarerCondition =
  /** 因照护无法工作 cannot work because of caring */
  | 'CANNOT_WORK_DUE_TO_CARING'
  /** 照护者崩溃或住院 carer collapsed or hospitalised */
  | 'COLLAPSED_OR_HOSPITALISED'
  /** 照护者≥70岁或患病/残疾 carer aged 70+, ill or disabled */
  | 'ELDERLY_ILL_OR_DISABLED'
  /** 良好 fine */
  | 'FINE';

/** Carer strain, Zarit short form (照护者压力). */
export type CarerStrain =
  /** 高 high */
  | 'HIGH'
  /** 低 low */
  | 'LOW'
  /** 中 moderate */
  | 'MODERATE';

/** Who assessed (综合帮扶评估员), when not the person recording it: one of the two. */
export type CaseActorInput = {
  /** Their adviser-roster entry. */
  adviserId?: string | number | null | undefined;
  /** Their entry in the register of people acting on cases. */
  personId?: string | number | null | undefined;
};

/** The second person’s decision on the panel’s outcome (四眼原则, CASE_DECISION). */
export type CaseDecisionStatus =
  /** 已批准 approved: the case goes on to disbursement. */
  | 'APPROVED'
  /** 待审批 waiting for a SUPERVISOR of the street or ADMIN. */
  | 'PENDING'
  /** 未批准 refused: the case goes back to the panel. */
  | 'REFUSED';

/** What happened at a case history row (处理记录). */
export type CaseEventKind =
  /** 受理 the application accepted: assessment begins. */
  | 'APPLICATION_ACCEPTED'
  /** 评估审核 recorded, with its home visit. */
  | 'ASSESSED'
  /** 结案 closed. */
  | 'CLOSED'
  /** 审批通过 the second person approved the panel’s outcome. */
  | 'DECISION_APPROVED'
  /** 审批未通过 the second person refused it. */
  | 'DECISION_REFUSED'
  /** 资金发放 the fund payment linked; follow-up scheduled. */
  | 'DISBURSED'
  /** 快速通道 assessed without the home visit (POL-CH-5). */
  | 'FAST_TRACK'
  /** 回访 the follow-up visit recorded. */
  | 'FOLLOWED_UP'
  /** 先帮扶 help first (POL-CH-4): straight to disbursement, steps kept as open tasks. */
  | 'HELP_FIRST'
  /** 立案 opened (application recorded). */
  | 'OPENED'
  /** 民主评议 the panel’s opinion and outcome recorded. */
  | 'PANEL_REVIEWED'
  /** 补办完成 an open task of help-first recorded. */
  | 'TASK_DONE';

/** Filters of the case list; all optional. */
export type CaseFilter = {
  /** Only this household. */
  householdId?: string | number | null | undefined;
  /** Only cases in this step. */
  step?: CaseStep | null | undefined;
  /** Only this street (9 digits). */
  streetCode?: string | null | undefined;
};

/** How a case was opened. */
export type CaseOrigin =
  /** 顾问发现 by an adviser directly (主动发现, POL-CH-2). */
  | 'ADVISER'
  /** 政策找人 from an outreach lead. */
  | 'OUTREACH_LEAD'
  /** 一户一策 from a plan’s CASE_PROPOSAL item. */
  | 'PLAN_ITEM';

/** The step a case help (个案帮扶) is in (POL-CH-1); it stays there until that step’s work is recorded. */
export type CaseStep =
  /** 个人申请 applied: the application is in; the dishonesty list was checked. */
  | 'APPLICATION'
  /** 评估审核 being assessed: a home visit unless fast-tracked (POL-CH-5). */
  | 'ASSESSMENT'
  /** 结案 closed: followed up, or refused by the panel. */
  | 'CLOSED'
  /** 资金发放 approved: waiting for its fund payment (purpose CASE_HELP). */
  | 'DISBURSEMENT'
  /** 回访反馈 paid: the follow-up visit is scheduled; recording it closes the case. */
  | 'FOLLOW_UP'
  /** 民主评议 before the review panel, then its outcome approved by a second person. */
  | 'PANEL_REVIEW';

/** A step a help-first case (先帮扶、事后补办手续, POL-CH-4) still owes; it blocks closing until recorded. */
export type CaseTask =
  /** 补办评估审核 the assessment, recorded after the payment. */
  | 'ASSESSMENT'
  /** 补办民主评议 the panel review, recorded after the payment. */
  | 'PANEL_REVIEW';

/** A category held (救助类别) with its dates. */
export type CategoryHoldingInput = {
  /** The category. */
  category: AssistanceCategory;
  /** Evidence: scheme, source system, decision number. */
  evidence?: string | null | undefined;
  /** Held since; not in the future. */
  since?: string | null | undefined;
  /** Held until; omit while still held. */
  until?: string | null | undefined;
};

/** Move a need to another status, with the reason. */
export type ChangeNeedStatusInput = {
  /** The need. */
  id: string | number;
  /** Why. */
  reason: string;
  /** New status (RESOLVED is set by reassessment only). */
  status: NeedStatus;
};

/** Close a case (结案): followed up and no open task left. */
export type CloseCaseInput = {
  /** The case. */
  caseId: string | number;
  /** Note. */
  note?: string | null | undefined;
};

/** Close a verified warning with its outcome (POL-MON-2). */
export type CloseWarningInput = {
  /** The warning. */
  id: string | number;
  /** What was verified. */
  note: string;
  /** Outcome. */
  outcome: WarningOutcome;
};

/** Contact with the community (社区联系). */
export type CommunityContact =
  /** 3个月无联系或拒绝联系 none in 3 months, or refuses */
  | 'NONE_OR_REFUSES'
  /** 偶尔 occasional */
  | 'OCCASIONAL'
  /** 经常 regular */
  | 'REGULAR';

/** Complete a referral with its outcome and what was delivered (an amount, sessions, or both). */
export type CompleteReferralInput = {
  /** Amount delivered, yuan (at most two decimals). */
  amountDelivered?: number | null | undefined;
  /** The referral. */
  id: string | number;
  /** Outcome note. */
  note?: string | null | undefined;
  /** MET or PARTIALLY_MET. */
  outcome: ReferralOutcome;
  /** Sessions delivered. */
  sessionsDelivered?: number | null | undefined;
};

/** Consents (知情同意); each answer needs the date it was given. */
export type ConsentsInput = {
  /** Consent to referral to charities. */
  charityReferral?: boolean | null | undefined;
  /** Date of the referral answer; not in the future. */
  charityReferralDate?: string | null | undefined;
  /** Consent to inter-department data sharing. */
  dataSharing?: boolean | null | undefined;
  /** Date of the data-sharing answer; not in the future. */
  dataSharingDate?: string | null | undefined;
};

/** A named contact person; give at least one field. */
export type ContactPersonInput = {
  /** Department. */
  department?: string | null | undefined;
  /** Email. */
  email?: string | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Phones. */
  phones?: Array<PhoneInput> | null | undefined;
  /** Job title. */
  title?: string | null | undefined;
};

/** A cost to the household. */
export type CostOptionInput = {
  /** Amount, at most two decimals. */
  amount?: number | null | undefined;
  /** What the amount is for. */
  amountDescription?: string | null | undefined;
  /** ISO 4217 currency code (three letters). */
  currency?: string | null | undefined;
  /** When this cost applies. */
  option?: string | null | undefined;
  /** Valid from. */
  validFrom?: string | null | undefined;
  /** Valid to. */
  validTo?: string | null | undefined;
};

/** How exact a totalCount is: counting every match of a city-wide list would read the whole city. */
export type CountKind =
  /** There are at least totalCount matches (the count stopped there); page on to see more. */
  | 'AT_LEAST'
  /** totalCount is the number of matches. */
  | 'EXACT';

/** Why a need is not referred again. */
export type CoveredReason =
  /** 转介中 an active referral is working on it */
  | 'ACTIVE_REFERRAL'
  /** 已享受 a benefit the household receives meets it */
  | 'ALREADY_RECEIVING';

/** A new roster entry. */
export type CreateAdviserInput = {
  /** Caseload limit, 1–200 households (POLICY.md suggests 40–60). */
  caseloadMax: number;
  /** 居村 served, when not the whole street. */
  community?: string | null | undefined;
  /** 备案登记 filing date; not in the future; null while pending. */
  filedOn?: string | null | undefined;
  /** Gender (性别). */
  gender?: string | null | undefined;
  /** Languages; replaces the stored list when given (null or [] empties it). */
  languages?: Array<string> | null | undefined;
  /** Name. */
  name: string;
  /** Work phone: digits, spaces, + and -, 5–20 characters. */
  phone?: string | null | undefined;
  /** Qualifications; replaces the stored list when given (null or [] empties it). */
  qualifications?: Array<string> | null | undefined;
  /** Role type. */
  roleType: AdviserRoleType;
  /** Specialties; replaces the stored list when given (null or [] empties it). */
  specialties?: Array<AdviserSpecialty> | null | undefined;
  /** 服务站/点 worked from. */
  station?: string | null | undefined;
  /** Street (街镇) code served, e.g. 310105001. */
  streetCode: string;
  /** Trainings; replaces the stored list when given (null or [] empties it). */
  trainings?: Array<TrainingInput> | null | undefined;
};

/** Set up a district or street fund (设立专项资金, ADMIN). */
export type CreateFundInput = {
  /** Unique short code: letters, digits and -, 2–40 characters. */
  code: string;
  /** District (区) code, 6 digits: the district that manages it or whose street does. */
  districtCode: string;
  /** Name (资金名称). */
  nameZh: string;
  /** Purposes it pays (专款专用): at least one. */
  purposes: Array<FundPurpose>;
  /** Source (POL-FND-8). */
  source: FundSource;
  /** Street (街镇) code for a street fund; omit for a district fund. */
  streetCode?: string | null | undefined;
};

/** A new household with its members. */
export type CreateHouseholdInput = {
  /** Address of the actual residence. */
  address: string;
  /** Assistance history; replaces the stored list when given. */
  assistanceEvents?: Array<AssistanceEventInput> | null | undefined;
  /** Categories held; replaces the stored list when given. */
  categories?: Array<CategoryHoldingInput> | null | undefined;
  /** Charity priority (慈善重点帮扶). */
  charityPriority?: boolean | null | undefined;
  /** Consents. */
  consents?: ConsentsInput | null | undefined;
  /** Economic facts. */
  economics?: EconomicsInput | null | undefined;
  /** Found by grassroots visits (走访发现). */
  foundByVisit?: boolean | null | undefined;
  /** Housing facts. */
  housing?: HousingInput | null | undefined;
  /** Life events; replaces the stored list when given. */
  lifeEvents?: Array<LifeEventInput> | null | undefined;
  /** Mass-organisation beneficiary (群团帮扶对象). */
  massOrganisationBeneficiary?: boolean | null | undefined;
  /** Members, head first; may be added later. */
  members?: Array<NewMemberInput>;
  /** Neighbourhood or village committee (居村委). */
  neighbourhood?: string | null | undefined;
  /** Adviser-observed facts. */
  observations?: ObservationsInput | null | undefined;
  /** Registered (hukou) address. */
  registeredAddress?: string | null | undefined;
  /** 人户分离: registered address differs from the residence. */
  registeredElsewhere?: boolean | null | undefined;
  /** Street (街镇) code of the actual residence, e.g. 310105001. */
  streetCode: string;
};

/** A project for a shared unmet need (项目帮扶, 一类一策, ADMIN): the need, the area, its resource and its fund — an existing fund (fundId) or a new one (newFund), exactly one. One transaction: a refusal writes nothing. */
export type CreateProjectInput = {
  /** Unique short code: letters, digits and -, 2–40 characters. */
  code: string;
  /** An existing fund whose purposes include PROJECT_HELP and that covers the whole area. */
  fundId?: string | number | null | undefined;
  /** Name (项目名称). */
  nameZh: string;
  /** The shared need code (N01–N28); the area must have unmet needs of it. */
  needCode: string;
  /** A new fund for it (设立专项资金); its purposes must include PROJECT_HELP. */
  newFund?: CreateFundInput | null | undefined;
  /** The resource the project is. */
  resource: ProjectResourceInput;
  /** Street (9 digits) or district (6 digits) code. */
  scopeCode: string;
  /** STREET or DISTRICT. */
  scopeLevel: ProjectScopeLevel;
};

/** A new resource. A PARTNER creates it for its own organisation as a DRAFT. */
export type CreateResourceInput = {
  /** How to apply. */
  applicationChannel?: string | null | undefined;
  /** What it gives. */
  benefit?: BenefitInput | null | undefined;
  /** ENTITLEMENT or QUOTA. */
  capacityKind: CapacityKind;
  /** Catalogue code (letters, digits, dashes); generated when omitted. */
  code?: string | null | undefined;
  /** Contact people (联系人), at most 20. */
  contacts?: Array<ContactPersonInput> | null | undefined;
  /** Costs to the household (费用), case by case. */
  costOptions?: Array<CostOptionInput> | null | undefined;
  /** English description. */
  descriptionEn?: string | null | undefined;
  /** Chinese description. */
  descriptionZh?: string | null | undefined;
  /** Eligibility rule (rule language); validated on save. */
  eligibility: unknown;
  /** Email for enquiries. */
  email?: string | null | undefined;
  /** Exclusive group: resources in one group are never given together. */
  exclusiveGroup?: string | null | undefined;
  /** What the household pays (收费说明); not the benefit. */
  feesDescription?: string | null | undefined;
  /** Amounts and quotas are verified against a source. */
  figuresVerified?: boolean | null | undefined;
  /** Form of help. */
  form: ResourceForm;
  /** Where it applies. */
  geoScope: GeoScopeInput;
  /** Languages (服务语言) as ISO 639 codes, e.g. zh, en, wuu. */
  languages?: Array<string> | null | undefined;
  /** Last verified. */
  lastVerified?: string | null | undefined;
  /** English name. */
  nameEn: string;
  /** Chinese name. */
  nameZh: string;
  /** Need codes it meets (N01–N28). */
  needCodes: Array<string>;
  /** Quota period: YEAR, MONTH or TERM. */
  period?: string | null | undefined;
  /** Phones (咨询电话), at most 20. */
  phones?: Array<PhoneInput> | null | undefined;
  /** Policy basis (文号). */
  policyBasis?: string | null | undefined;
  /** Processing time in working days. */
  processingDays?: number | null | undefined;
  /** Provider code; a PARTNER may omit it (its own organisation is used) and may not name another. */
  providerId?: string | null | undefined;
  /** Places per period; required for QUOTA. */
  quota?: number | null | undefined;
  /** Materials to bring. */
  requiredMaterials?: Array<string> | null | undefined;
  /** Weekly opening hours (开放时间). */
  schedules?: Array<WeeklyScheduleInput> | null | undefined;
  /** Offer only after statutory schemes are used or ruled out. */
  statutoryFirst?: boolean | null | undefined;
  /** Override the tier derived from the provider type. */
  tierOverride?: Tier | null | undefined;
  /** Web page (网址), http(s). */
  url?: string | null | undefined;
  /** Valid from. */
  validFrom?: string | null | undefined;
  /** Valid to. */
  validTo?: string | null | undefined;
};

/** Approve or refuse the panel’s outcome (四眼原则, CASE_DECISION): SUPERVISOR or ADMIN. */
export type DecideCaseInput = {
  /** True approves (disbursement next); false sends it back to the panel. */
  approve: boolean;
  /** The case, in PANEL_REVIEW with its outcome APPROVED. */
  caseId: string | number;
  /** Note. */
  note?: string | null | undefined;
};

/** Approve or refuse a payment waiting for a second person (审批资金发放). */
export type DecideFundPaymentInput = {
  /** True approves (pays); false refuses (the commitment returns to the fund). */
  approve: boolean;
  /** Note; say why when refusing. */
  note?: string | null | undefined;
  /** The PENDING_APPROVAL payment. */
  paymentId: string | number;
};

/** Money into a fund (拨入资金, ADMIN). */
export type DepositToFundInput = {
  /** Amount, yuan: more than 0, at most two decimals. */
  amount: number;
  /** The fund. */
  fundId: string | number;
  /** Note, e.g. the allocation document. */
  note?: string | null | undefined;
};

/** Information and digital capacity (信息/数字能力). */
export type DigitalCapacity =
  /** 完全不会且不了解政策 cannot use, unaware of policies */
  | 'CANNOT_USE'
  /** 需协助 needs help */
  | 'NEEDS_HELP'
  /** 能使用线上服务 uses online services */
  | 'USES_ONLINE_SERVICES';

/** Economic facts (经济状况), yuan; all optional, null = unknown. */
export type EconomicsInput = {
  /** Arrears and debt. */
  arrears?: ArrearsLevel | null | undefined;
  /** Monthly benefits and allowances. */
  incomeBenefits?: number | null | undefined;
  /** Monthly maintenance from relatives. */
  incomeMaintenance?: number | null | undefined;
  /** Other monthly income. */
  incomeOther?: number | null | undefined;
  /** Monthly pensions. */
  incomePensions?: number | null | undefined;
  /** Monthly wages and earnings. */
  incomeWages?: number | null | undefined;
  /** Liquid assets. */
  liquidAssets?: number | null | undefined;
  /** Care spending, last 12 months. */
  rigidCare?: number | null | undefined;
  /** Education spending, last 12 months. */
  rigidEducation?: number | null | undefined;
  /** Medical spending, last 12 months. */
  rigidMedical?: number | null | undefined;
  /** Rehabilitation spending, last 12 months. */
  rigidRehab?: number | null | undefined;
  /** Arrears include unpaid wages owed to a member. */
  wageArrears?: boolean | null | undefined;
};

/** Highest education completed (文化程度). */
export type EducationLevel =
  /** 本科及以上 bachelor or above */
  | 'BACHELOR_OR_ABOVE'
  /** 大专 college */
  | 'COLLEGE'
  /** 初中 junior secondary */
  | 'JUNIOR_SECONDARY'
  /** 未上学 none */
  | 'NONE'
  /** 小学 primary */
  | 'PRIMARY'
  /** 高中 senior secondary */
  | 'SENIOR_SECONDARY'
  /** 中专/职校 vocational */
  | 'VOCATIONAL';

/** Outcome of an eligibility rule (three-valued). */
export type EligibilityResult =
  /** 符合 eligible */
  | 'ELIGIBLE'
  /** 不符合 not eligible */
  | 'INELIGIBLE'
  /** 待核实 a needed fact is missing */
  | 'UNKNOWN';

/** Employment status (就业状况). */
export type EmploymentStatus =
  /** 正规就业 formal job with social insurance */
  | 'EMPLOYED_FORMAL'
  /** 灵活就业/无社保 informal, no social insurance */
  | 'EMPLOYED_INFORMAL'
  /** 非全日制 part-time */
  | 'EMPLOYED_PART_TIME'
  /** 学龄前 pre-school child */
  | 'PRESCHOOL'
  /** 退休 retired */
  | 'RETIRED'
  /** 在校学生 student */
  | 'STUDENT'
  /** 无劳动能力 unable to work */
  | 'UNABLE_TO_WORK'
  /** 登记失业 registered unemployed */
  | 'UNEMPLOYED_REGISTERED'
  /** 未登记失业 unemployed, not registered */
  | 'UNEMPLOYED_UNREGISTERED';

/** Codes of expected failures returned as ErrorResult union members. */
export type ErrorCode =
  /** The change conflicts with the current state (e.g. a stale version). Nothing was written. */
  | 'CONFLICT'
  /** 余额不足 the fund's available balance does not cover the payment. Nothing was written. */
  | 'INSUFFICIENT_FUNDS'
  /** One or more input fields were rejected; see fieldErrors. Nothing was written. */
  | 'INVALID_INPUT'
  /** The status change is not allowed from the current status (no skipping, no reopening). Nothing was written. */
  | 'INVALID_TRANSITION'
  /** The target does not exist or is not visible to the caller. Nothing was written. */
  | 'NOT_FOUND'
  /** The recorded facts do not meet a policy rule the change needs; the error says which rule and what is missing. Nothing was written. */
  | 'RULE_NOT_MET';

/** Family conflict or signs of violence (家庭冲突/暴力迹象). */
export type FamilyConflict =
  /** 有冲突 conflict */
  | 'CONFLICT'
  /** 无 none */
  | 'NONE'
  /** 有暴力迹象 signs of violence */
  | 'SIGNS_OF_VIOLENCE';

/** Family structure (家庭结构). */
export type FamilyStructure =
  /** 孤老 elder with no children */
  | 'CHILDLESS_ELDER'
  /** 独居 living alone */
  | 'LIVING_ALONE'
  /** 失独 lost only child */
  | 'LOST_ONLY_CHILD'
  /** 一般 ordinary */
  | 'ORDINARY'
  /** 单亲 single parent */
  | 'SINGLE_PARENT';

/** File a card or passbook held on a household’s behalf (卡折代管备案, POL-INT-4). */
export type FileCardCustodyInput = {
  /** Last four digits of the card or passbook number. */
  cardLast4: string;
  /** Who holds it. */
  holderKind: CardCustodyHolder;
  /** The household. */
  householdId: string | number;
  /** Why it is held. */
  reason: string;
};

/** File a near relative (近亲属备案) of an adviser. */
export type FileNearRelativeInput = {
  /** The adviser. */
  adviserId: string | number;
  /** Filing date; not in the future. */
  filedOn: string;
  /** Resident ID number (身份证号码) of the relative, 18 characters with a valid check digit. */
  idNumber: string;
  /** Note. */
  note?: string | null | undefined;
  /** Relation to the adviser. */
  relation: NearRelation;
  /** Name of the relative. */
  relativeName: string;
};

/** File a near relative (近亲属备案) of a registered person (POL-INT-3, POL-INT-8). */
export type FilePersonNearRelativeInput = {
  /** Filing date; not in the future. */
  filedOn: string;
  /** Resident ID number of the relative; only a keyed hash and a masked copy are kept. */
  idNumber: string;
  /** Note; no ID numbers. */
  note?: string | null | undefined;
  /** The registered person (actingPeople). */
  personId: string | number;
  /** Relation to the person. */
  relation: NearRelation;
  /** Name of the relative. */
  relativeName: string;
};

/** Why exit follow-up (退出回访) cannot end yet (POL-CAD-9). */
export type FollowUpContinuesReason =
  /** 不在退出回访期 the household has not left assistance */
  | 'NOT_IN_FOLLOW_UP'
  /** 无稳定收入 the recorded income shows no stable income: pensions and wages of formal employment under the 低保 standard per person */
  | 'NO_STABLE_INCOME'
  /** 退出未满一年 out of assistance for a year or less */
  | 'OUT_LESS_THAN_A_YEAR'
  /** 收入情况不明 the facts needed to judge a stable income are not recorded (see missingFacts) */
  | 'STABLE_INCOME_UNKNOWN';

/** A decision that may need a second person (四眼原则, policy/four-eyes.ts). */
export type FourEyesDecision =
  /** 个案帮扶决定 a case-help decision: the review panel’s outcome (民主评议) approved before disbursement (POL-CH-3). */
  | 'CASE_DECISION'
  /** 大额/个案资金发放 a fund payment above the small-amount route (any purpose but SMALL_AMOUNT_AID). */
  | 'CASE_PAYMENT'
  /** 一户一策方案审批 approving a household plan drafted by an adviser. */
  | 'PLAN_APPROVAL';

/** Who manages a fund (POL-FND-3): the district (区) or a street/town (街镇). */
export type FundLevel =
  /** 区级 a district fund: pays households of every street of the district. */
  | 'DISTRICT'
  /** 街镇级 a street fund: pays households of that street only. */
  | 'STREET';

/** Where a payment stands (发放状态). */
export type FundPaymentStatus =
  /** 已发放 paid. */
  | 'PAID'
  /** 待审批 committed from the fund, waiting for a second person (four eyes). */
  | 'PENDING_APPROVAL'
  /** 未批准 refused by the approver; the commitment went back to the fund. */
  | 'REJECTED';

/** A purpose a fund pays (资金用途); a fund pays only its own purposes (专款专用, POL-FND-3). */
export type FundPurpose =
  /** 个案帮扶 case help of 市民综合帮扶 (POL-CH-1); a second person approves by default. */
  | 'CASE_HELP'
  /** 项目帮扶 project help (一类一策). */
  | 'PROJECT_HELP'
  /** 购买服务 government purchase of services. */
  | 'SERVICE_PURCHASE'
  /** 小金额救助 small-amount emergency aid: at most 500 yuan per household member per emergency (POL-EMG-2); paid at once, no second person. */
  | 'SMALL_AMOUNT_AID'
  /** 特定帮扶 special-purpose help set by a department. */
  | 'SPECIAL_HELP';

/** Where a fund’s money comes from (资金来源, POL-FND-8). */
export type FundSource =
  /** 慈善募捐 charitable donations. */
  | 'CHARITY_DONATION'
  /** 企业 enterprise project funding. */
  | 'ENTERPRISE'
  /** 财政 public budget (district or street). */
  | 'FISCAL'
  /** 群团 mass organisations (总工会, 妇联, 团委, 残联, 红十字会). */
  | 'MASS_ORGANISATION'
  /** 福彩金 welfare-lottery fund (POL-FND-5, POL-FND-6). */
  | 'WELFARE_LOTTERY';

/** Where something applies. */
export type GeoScopeInput = {
  /** District codes (DISTRICT) or street codes (STREET); empty for CITY. */
  codes?: Array<string>;
  /** CITY, DISTRICT or STREET. */
  level: ScopeLevel;
};

/** Guardianship of minors (未成年人监护), the household-level summary recorded before each parent's situation could be: it stands for a minor none of whose parents is recorded. Prefer the members' fatherSituation / motherSituation. */
export type Guardianship =
  /** 正常 normal */
  | 'NORMAL'
  /** 事实无人抚养 de facto no carer */
  | 'NO_ACTUAL_CARER'
  /** 父母服刑/戒毒/重病 a parent in prison, rehab or seriously ill */
  | 'PARENT_UNAVAILABLE'
  /** 单亲或隔代抚养 single parent or grandparents raising */
  | 'SINGLE_PARENT_OR_GRANDPARENTS';

/** Graded hardship (困境程度); sets the visit cadence. */
export type HardshipLevel =
  /** 高度困境 high: monthly visits, reassess every 3 months */
  | 'HIGH'
  /** 低度困境 low: half-yearly visits, reassess yearly */
  | 'LOW'
  /** 中度困境 moderate: quarterly visits, reassess every 6 months */
  | 'MODERATE'
  /** 一般关注 watch: yearly contact, data warnings */
  | 'WATCH';

/** Filters for the household list; all optional and combined with AND. */
export type HouseholdFilter = {
  /** Households currently holding this category. */
  category?: AssistanceCategory | null | undefined;
  /** District (区) code, e.g. 310105. */
  districtCode?: string | null | undefined;
  /** ACTIVE (default) or ARCHIVED. */
  status?: HouseholdStatus | null | undefined;
  /** Street (街镇) code. */
  streetCode?: string | null | undefined;
  /** Text in the address, neighbourhood or a member name (case-insensitive). */
  text?: string | null | undefined;
};

/** Lifecycle of a registry record. */
export type HouseholdStatus =
  /** 在册 active */
  | 'ACTIVE'
  /** 已归档 archived (kept for history) */
  | 'ARCHIVED';

/** Physical condition of the dwelling (居住状况). */
export type HousingCondition =
  /** 基本良好 adequate */
  | 'ADEQUATE'
  /** 危旧 dilapidated */
  | 'DILAPIDATED'
  /** 合用厨卫 shared kitchen or bathroom */
  | 'SHARED_KITCHEN_OR_BATH';

/** Housing facts (居住情况); all optional, null = unknown. */
export type HousingInput = {
  /** The building has an approved elevator-installation project. */
  buildingElevatorProject?: boolean | null | undefined;
  /** Condition of the dwelling. */
  condition?: HousingCondition | null | undefined;
  /** Eviction is threatened. */
  evictionThreatened?: boolean | null | undefined;
  /** A fall caused an injury. */
  fallInjury?: boolean | null | undefined;
  /** Falls at home in the last 12 months. */
  falls12m?: number | null | undefined;
  /** Floor (楼层), -5 to 128. */
  floor?: number | null | undefined;
  /** The building has a usable elevator. */
  hasElevator?: boolean | null | undefined;
  /** Grab bars and non-slip floor present. */
  homeAdapted?: boolean | null | undefined;
  /** Living area in m², 0–10000. */
  livingAreaSqm?: number | null | undefined;
  /** Monthly rent, yuan. */
  monthlyRent?: number | null | undefined;
  /** Children's study space. */
  studySpace?: StudySpace | null | undefined;
  /** Tenure (住房性质). */
  tenure?: Tenure | null | undefined;
};

/** What an HSDS import did with one organization or service (导入结果). */
export type HsdsImportOutcome =
  /** 新建 a new provider or DRAFT resource */
  | 'CREATED'
  /** 匹配 an existing provider named by our own export; its record was kept */
  | 'MATCHED'
  /** 未应用 the organization record was read but not applied (the import named a provider) */
  | 'NOT_APPLIED'
  /** 更新 the provider or DRAFT imported before from the same HSDS id, updated */
  | 'UPDATED';

/** Household registration (户籍) status. */
export type Hukou =
  /** 本市户籍 Shanghai hukou */
  | 'LOCAL'
  /** 其他 other (neither) */
  | 'OTHER'
  /** 居住证 Shanghai residence permit */
  | 'RESIDENCE_PERMIT';

/** A batch of data-comparison events (预警批次). */
export type IngestWarningsInput = {
  /** 1–5000 events. */
  events: Array<WarningEventInput>;
  /** Data source (数据来源), e.g. 医保局 2026-03. */
  source: string;
};

/** Support from relatives (亲属支持). */
export type KinSupport =
  /** 无可联系或无力支持 none */
  | 'NONE'
  /** 可靠 reliable */
  | 'RELIABLE'
  /** 薄弱 weak */
  | 'WEAK';

/** Learning difficulty reported by school or parent (学业困难). */
export type LearningDifficulty =
  /** 有升级/毕业风险 at risk of not progressing */
  | 'AT_RISK_OF_NOT_PROGRESSING'
  /** 主科不及格 below pass in core subjects */
  | 'BELOW_PASS'
  /** 无 none */
  | 'NONE';

/** Why a household waits in a resource queue (轮候原因). */
export type LeftOutReason =
  /** 互斥 it is proposed another resource of the same exclusive group instead */
  | 'EXCLUSIVE_GROUP'
  /** 本期无名额 the period has no places left */
  | 'NO_PLACES'
  /** 名额已满 every place went to a household of equal or higher priority */
  | 'PLACES_FILLED';

/** A major life event. */
export type LifeEventInput = {
  /** When it happened; not in the future. */
  date: string;
  /** Kind of event. */
  kind: LifeEventKind;
  /** Note. */
  note?: string | null | undefined;
};

/** Major life events (重大事件); crisis events within 30 days raise a red flag. */
export type LifeEventKind =
  /** 意外 accident */
  | 'ACCIDENT'
  /** 丧亲 bereavement */
  | 'BEREAVEMENT'
  /** 主要劳动力死亡 death of the main earner (crisis) */
  | 'DEATH_OF_MAIN_EARNER'
  /** 离婚 divorce */
  | 'DIVORCE'
  /** 火灾或灾害 fire or disaster (crisis) */
  | 'FIRE_OR_DISASTER'
  /** 失业 job loss */
  | 'JOB_LOSS'
  /** 新确诊重病 new diagnosis */
  | 'NEW_DIAGNOSIS'
  /** 严重事故 serious accident (crisis) */
  | 'SERIOUS_ACCIDENT'
  /** 突发危重疾病 sudden critical illness (crisis) */
  | 'SUDDEN_CRITICAL_ILLNESS';

/** Severe mental disorder or psychiatric disability (严重精神障碍). */
export type MentalDisorder =
  /** 无 none */
  | 'NONE'
  /** 有，病情稳定 present, stable */
  | 'STABLE'
  /** 有，病情不稳定 present, unstable */
  | 'UNSTABLE';

/** Lifecycle of a scoring-model version. */
export type ModelStatus =
  /** 使用中 used for new assessments (exactly one) */
  | 'ACTIVE'
  /** 已登记 validated and stored, not used for new assessments */
  | 'REGISTERED'
  /** 已停用 no longer used */
  | 'RETIRED';

/** Relation of a filed near relative (近亲属) to the adviser. */
export type NearRelation =
  /** 子女 child */
  | 'CHILD'
  /** 儿媳/女婿 child-in-law */
  | 'CHILD_IN_LAW'
  /** 孙子女/外孙子女 grandchild */
  | 'GRANDCHILD'
  /** 祖父母/外祖父母 grandparent */
  | 'GRANDPARENT'
  /** 其他 other */
  | 'OTHER'
  /** 父母 parent */
  | 'PARENT'
  /** 公婆/岳父母 parent-in-law */
  | 'PARENT_IN_LAW'
  /** 兄弟姐妹 sibling */
  | 'SIBLING'
  /** 配偶 spouse */
  | 'SPOUSE';

/** How a need was found (NEED-5). */
export type NeedSource =
  /** 评估 raised by an assessment */
  | 'ASSESSMENT'
  /** 数据预警 raised by a data-comparison warning */
  | 'DATA_WARNING'
  /** 自报 reported by the household */
  | 'SELF_REPORT'
  /** 走访 found on an adviser visit */
  | 'VISIT';

/** Where a need stands (NEEDS.md §4). */
export type NeedStatus =
  /** 拒绝 declined by the household (closed) */
  | 'DECLINED'
  /** 办理中 in progress with the provider */
  | 'IN_PROGRESS'
  /** 已满足 met (closed) */
  | 'MET'
  /** 无资源 no resource available (kept for gap analysis) */
  | 'NO_RESOURCE'
  /** 待对接 waiting to be matched */
  | 'OPEN'
  /** 部分满足 partly met */
  | 'PARTIALLY_MET'
  /** 已转介 referred to a resource */
  | 'REFERRED'
  /** 已解除 no longer triggered by a reassessment (closed by the system) */
  | 'RESOLVED';

/** Urgency of a need (NEED-3). */
export type NeedUrgency =
  /** 紧急 emergency: from a red flag, respond within 24 hours */
  | 'EMERGENCY'
  /** 一般 ordinary: respond within 10 working days */
  | 'ORDINARY';

/** A new member. */
export type NewMemberInput = {
  /** Bedridden. */
  bedridden?: boolean | null | undefined;
  /** Birth date; must match the ID number; not in the future. */
  birthDate?: string | null | undefined;
  /** Care-needs grade 0–6. */
  careNeedsGrade?: number | null | undefined;
  /** Chronic illness on long-term medication. */
  chronicIllness?: boolean | null | undefined;
  /** Out-of-school cultural activity in the last year (children 3–12). */
  culturalActivityLastYear?: boolean | null | undefined;
  /** Disability grade 1–4. */
  disabilityGrade?: number | null | undefined;
  /** Disability type. */
  disabilityType?: string | null | undefined;
  /** Education completed. */
  educationLevel?: EducationLevel | null | undefined;
  /** Employment status. */
  employmentStatus?: EmploymentStatus | null | undefined;
  /** For a minor: the father's situation (父亲情况); decides 困境儿童 with the mother's (POLICY.md §3.2). */
  fatherSituation?: ParentSituation | null | undefined;
  /** Holds a disability certificate. */
  hasDisability?: boolean | null | undefined;
  /** Days in hospital, last 12 months. */
  hospitalDays12m?: number | null | undefined;
  /** Hospital stays, last 12 months. */
  hospitalStays12m?: number | null | undefined;
  /** Household registration. */
  hukou?: Hukou | null | undefined;
  /** Resident ID number (身份证号码): 18 characters, valid check digit, not registered in another household. */
  idNumber: string;
  /** Main carer. */
  isMainCarer?: boolean | null | undefined;
  /** Main earner. */
  isMainEarner?: boolean | null | undefined;
  /** Learning difficulty. */
  learningDifficulty?: LearningDifficulty | null | undefined;
  /** Basic medical insurance cover (参加基本医疗保险); null = unknown. */
  medicalInsured?: boolean | null | undefined;
  /** Severe mental disorder. */
  mentalDisorder?: MentalDisorder | null | undefined;
  /** Cannot manage stairs unaided. */
  mobilityImpaired?: boolean | null | undefined;
  /** Months unemployed. */
  monthsUnemployed?: number | null | undefined;
  /** For a minor: the mother's situation (母亲情况). */
  motherSituation?: ParentSituation | null | undefined;
  /** Full name (姓名). */
  name: string;
  /** PHQ-9 total 0–27. */
  phq9Score?: number | null | undefined;
  /** Graduated within the last 24 months. */
  recentGraduate?: boolean | null | undefined;
  /** Relation to the head. */
  relation?: Relation | null | undefined;
  /** School attendance. */
  schoolAttendance?: SchoolAttendance | null | undefined;
  /** Serious illness. */
  seriousIllness?: boolean | null | undefined;
  /** Sex; must match the ID number. */
  sex?: Sex | null | undefined;
  /** Social (pension) insurance cover (参加社会保险); null = unknown. */
  socialInsured?: boolean | null | undefined;
  /** Special educational needs. */
  specialEducationalNeeds?: boolean | null | undefined;
  /** Special statuses. */
  specialStatuses?: Array<SpecialStatus> | null | undefined;
  /** Study stage. */
  studentStage?: StudentStage | null | undefined;
  /** Suicidal thoughts reported. */
  suicidalThoughts?: boolean | null | undefined;
  /** Unemployment insurance cover (参加失业保险); null = unknown. */
  unemploymentInsured?: boolean | null | undefined;
  /** Trade-union member (工会会员); null = unknown. */
  unionMember?: boolean | null | undefined;
};

/** Adviser-observed facts (走访观察); all optional, null = unknown. */
export type ObservationsInput = {
  /** Care-service gap. */
  careServiceGap?: CareServiceGap | null | undefined;
  /** Carer strain. */
  carerStrain?: CarerStrain | null | undefined;
  /** Community contact. */
  communityContact?: CommunityContact | null | undefined;
  /** Digital capacity. */
  digitalCapacity?: DigitalCapacity | null | undefined;
  /** Family conflict or signs of violence. */
  familyConflict?: FamilyConflict | null | undefined;
  /** Family structure. */
  familyStructure?: FamilyStructure | null | undefined;
  /** Guardianship of minors, as one household-level summary: it stands for a minor none of whose parents' situations is recorded. Record each minor's fatherSituation / motherSituation instead where you can. */
  guardianship?: Guardianship | null | undefined;
  /** Kin support. */
  kinSupport?: KinSupport | null | undefined;
  /** Main carer's condition. */
  mainCarerCondition?: CarerCondition | null | undefined;
};

/** Open a case (个案帮扶立案): the application (个人申请) of a household. */
export type OpenCaseInput = {
  /** The difficulty (困难情况) in a few words; no ID numbers. */
  difficulty: string;
  /** The household. */
  householdId: string | number;
  /** How it comes: PLAN_ITEM, OUTREACH_LEAD or ADVISER. */
  origin: CaseOrigin;
  /** For OUTREACH_LEAD: the household’s 政策找人 lead. */
  outreachLeadId?: string | number | null | undefined;
  /** For PLAN_ITEM: the household’s CASE_PROPOSAL plan item. */
  planItemId?: string | number | null | undefined;
  /** Amount applied for, yuan. */
  requestedAmount?: number | null | undefined;
};

/** Group 1 only: how sure the eligibility engine is. */
export type OutreachEligibility =
  /** 可能符合 some scheme rule holds on the recorded facts */
  | 'ELIGIBLE'
  /** 待核实 no rule holds yet; some lack facts (listed as factsToAsk) */
  | 'UNKNOWN';

/** Filters for outreach leads; all optional. */
export type OutreachLeadFilter = {
  /** Assigned adviser. */
  adviserId?: string | number | null | undefined;
  /** Group 1: ELIGIBLE or UNKNOWN. */
  eligibility?: OutreachEligibility | null | undefined;
  /** Target group 1–4. */
  group?: number | null | undefined;
  /** Household. */
  householdId?: string | number | null | undefined;
  /** Status. */
  status?: OutreachLeadStatus | null | undefined;
  /** Street code (9 digits). */
  streetCode?: string | null | undefined;
};

/** Where a 政策找人 lead stands. */
export type OutreachLeadStatus =
  /** 本人拒绝 the household declined help (closed) */
  | 'DECLINED'
  /** 已纳入 enrolled in a scheme (closed) */
  | 'ENROLLED'
  /** 已协助申请 helped to apply (帮办); waiting for the decision */
  | 'HELPED_TO_APPLY'
  /** 已迁出 moved away or not found at the address (closed) */
  | 'MOVED'
  /** 不符合条件 found not eligible (closed) */
  | 'NOT_ELIGIBLE'
  /** 待走访 raised, not worked yet */
  | 'OPEN'
  /** 已更新 replaced by a lead with changed facts at a later sweep (closed) */
  | 'SUPERSEDED'
  /** 已走访 visited; still being worked */
  | 'VISITED';

/** What working a lead came to. */
export type OutreachOutcome =
  /** 本人拒绝 the household declined help (closed) */
  | 'DECLINED'
  /** 已纳入 enrolled in a scheme (closed) */
  | 'ENROLLED'
  /** 已协助申请 helped to apply (帮办); waiting for the decision */
  | 'HELPED_TO_APPLY'
  /** 已迁出 moved away or not found at the address (closed) */
  | 'MOVED'
  /** 不符合条件 found not eligible (closed) */
  | 'NOT_ELIGIBLE'
  /** 已走访 visited; still being worked */
  | 'VISITED';

/** How far a sweep reaches. */
export type OutreachSweepLevel =
  /** 市 the whole city (no code) */
  | 'CITY'
  /** 区 one district (code: 6 digits) */
  | 'DISTRICT'
  /** 街镇 one street (code: 9 digits) */
  | 'STREET';

/** Which page of a list to return (offset page, 偏移分页; deprecated: use first/after). */
export type PageInput = {
  /** How many items to skip. */
  skip?: number;
  /** How many items to return, 1–100. */
  take?: number;
};

/** A member of the review panel (评议小组成员). */
export type PanelMemberInput = {
  /** Who they are, by their adviser-roster entry: its near-relative filings are checked (POL-INT-9). */
  adviserId?: string | number | null | undefined;
  /** The chair (组长): a DISTRICT_CADRE or STREET_CADRE. */
  chair?: boolean;
  /** Or by their own ID number: a registered person is found by it and checked; only a keyed hash and a masked copy are kept. Exactly one of adviserId, personId and idNumber. */
  idNumber?: string | null | undefined;
  /** Name (姓名). */
  name: string;
  /** Or by their entry in the register of people acting on cases (actingPeople): its filings are checked. */
  personId?: string | number | null | undefined;
  /** Role. */
  role: PanelRole;
};

/** The review panel’s outcome (评议结果). */
export type PanelOutcome =
  /** 同意 help approved, with an amount; a second person then confirms it. */
  | 'APPROVED'
  /** 不同意 refused: the case closes (unless help-first already paid). */
  | 'REJECTED';

/** A review-panel member’s role (评议小组, POL-CH-3); the chair is a district or street cadre. */
export type PanelRole =
  /** 楼组长 a building head. */
  | 'BUILDING_HEAD'
  /** 区救助干部 a district assistance cadre (may chair). */
  | 'DISTRICT_CADRE'
  /** 居村干部 a neighbourhood or village committee cadre. */
  | 'NEIGHBOURHOOD_CADRE'
  /** 居民代表 a resident representative. */
  | 'RESIDENT_REPRESENTATIVE'
  /** 街镇救助干部 a street/town assistance cadre (may chair). */
  | 'STREET_CADRE'
  /** 社区志愿者 a community volunteer (POL-CH-6). */
  | 'VOLUNTEER';

/** A parent's situation of a minor (父母监护情况), POLICY.md §3.2: MISSING, IMPRISONED, COMPULSORY_DRUG_REHAB, UNABLE_TO_CARE and IMPROPER_GUARDIANSHIP make the child a child in plight (困境儿童); both DECEASED an orphan (散居孤儿). */
export type ParentSituation =
  /** 不在身边 alive and able but not caring for the child (left, works away) */
  | 'ABSENT'
  /** 共同生活并照料 lives with the child and cares for them */
  | 'CARING'
  /** 强制隔离戒毒 in compulsory drug rehabilitation */
  | 'COMPULSORY_DRUG_REHAB'
  /** 死亡 deceased */
  | 'DECEASED'
  /** 服刑在押 serving a sentence */
  | 'IMPRISONED'
  /** 监护不当 abuses or abandons the child */
  | 'IMPROPER_GUARDIANSHIP'
  /** 失踪 / 失联 missing */
  | 'MISSING'
  /** 重病、重残等无力监护 severely ill or disabled, unable to care */
  | 'UNABLE_TO_CARE';

/** Pay a household from a fund (资金发放). SMALL_AMOUNT_AID is paid at once within 500 yuan × members per emergency (POL-EMG-2); any other purpose waits for a second person where the district requires it. */
export type PayFromFundInput = {
  /** Amount, yuan: more than 0, at most two decimals. */
  amount: number;
  /** For HELD_CARD: the household’s card-custody filing (卡折代管备案, POL-INT-4). Required then. */
  cardCustodyFilingId?: string | number | null | undefined;
  /** The fund; it must serve the purpose (专款专用) and the household’s street. */
  fundId: string | number;
  /** The household paid. */
  householdId: string | number;
  /** How it is paid. */
  method: PaymentMethod;
  /** Note. */
  note?: string | null | undefined;
  /** 事后补录: the day an emergency CASH payment was made outside the platform (POL-FND-7); the payment is flagged enteredAfterwards. Not in the future. */
  paidOutsidePlatformOn?: string | null | undefined;
  /** The plan item paid (SMALL_AMOUNT_AID item for SMALL_AMOUNT_AID, CASE_PROPOSAL item for CASE_HELP). For small-amount aid it names the emergency; without it, the emergency is the household’s small-amount payments of that day. */
  planItemId?: string | number | null | undefined;
  /** Purpose. */
  purpose: FundPurpose;
};

/** How the money reaches the household (发放方式). */
export type PaymentMethod =
  /** 银行转账 to the household’s own account. */
  | 'BANK_TRANSFER'
  /** 现金 cash; the only method of a payment entered afterwards (POL-FND-7). */
  | 'CASH'
  /** 代管卡折 to a card or passbook held on the household’s behalf: needs a custody filing (POL-INT-4). */
  | 'HELD_CARD';

/** Filters of 待审批; all optional. */
export type PendingApprovalFilter = {
  /** Only this decision. */
  kind?: FourEyesDecision | null | undefined;
  /** Only this street (9 digits). */
  streetCode?: string | null | undefined;
};

/** A phone number. */
export type PhoneInput = {
  /** When or what for (at most 500 characters). */
  description?: string | null | undefined;
  /** Extension. */
  extension?: number | null | undefined;
  /** The number as dialled (at most 50 characters). */
  number: string;
  /** Kind of line. */
  type?: PhoneType | null | undefined;
};

/** Kind of phone line (the RFC 6350 types HSDS uses). */
export type PhoneType =
  /** 手机 mobile */
  | 'CELL'
  /** 传真 fax */
  | 'FAX'
  /** 寻呼 pager */
  | 'PAGER'
  /** 短信 text messages (SMS) */
  | 'TEXT'
  /** 文字电话 textphone for deaf people */
  | 'TEXTPHONE'
  /** 视频 video call */
  | 'VIDEO'
  /** 电话 voice */
  | 'VOICE';

/** What changed between a plan version and the one before. */
export type PlanChangeKind =
  /** 评估更新 based on a newer assessment */
  | 'ASSESSMENT_CHANGED'
  /** 资源更新 a resource considered changed version */
  | 'CATALOGUE_CHANGED'
  /** 首版 the first plan of the household */
  | 'FIRST_VERSION'
  /** 新增 a need now gets a resource it did not get before */
  | 'ITEM_ADDED'
  /** 删除 a resource the previous version proposed is no longer proposed */
  | 'ITEM_DROPPED'
  /** 已覆盖 a need is now covered elsewhere */
  | 'NOW_COVERED'
  /** 无资源 a need is now unmet */
  | 'NOW_UNMET'
  /** 更换 the need gets a different resource */
  | 'RESOURCE_CHANGED';

/** What an item proposes. */
export type PlanItemKind =
  /** 市民综合帮扶个案 a citizen comprehensive-help case proposal (沪民救发〔2025〕1号) */
  | 'CASE_PROPOSAL'
  /** 转介 an ordinary referral to a resource */
  | 'REFERRAL'
  /** 小金额救助 emergency small-amount aid, ≤ 500 yuan per person (POL-EMG-2) */
  | 'SMALL_AMOUNT_AID';

/** Who put an item in the plan. */
export type PlanItemSource =
  /** 顾问添加 added by the adviser, with a reason */
  | 'ADVISER'
  /** 系统匹配 chosen by the matcher */
  | 'PLANNER';

/** Plan a household into a project (纳入项目): adds its resource to the draft plan. */
export type PlanProjectHouseholdInput = {
  /** The household; it needs a draft plan and an unmet need of the project’s code. */
  householdId: string | number;
  /** The project. */
  projectId: string | number;
  /** Why (kept on the plan item, like any adviser addition). */
  reason: string;
};

/** Lifecycle of a plan version (一户一策). */
export type PlanStatus =
  /** 已审批 approved: its referrals are issued */
  | 'APPROVED'
  /** 草稿 draft: the adviser may edit and approve it */
  | 'DRAFT'
  /** 已被替代 superseded by a newer version before approval */
  | 'SUPERSEDED';

/** The catalogue resource (救助资源) a project is. Its need code and area are the project’s; its tier comes from the provider (a foundation or charity: CHARITY_COMMUNITY) unless overridden. */
export type ProjectResourceInput = {
  /** What it gives (待遇). */
  benefit?: BenefitInput | null | undefined;
  /** ENTITLEMENT (uncapped) or QUOTA (places per period). */
  capacityKind: CapacityKind;
  /** Catalogue code (letters, digits, dashes); generated if omitted. */
  code?: string | null | undefined;
  /** Chinese description. */
  descriptionZh?: string | null | undefined;
  /** Eligibility rule (资格规则) in the rule language, as data; validated like any resource’s. */
  eligibility: unknown;
  /** Form of help (救助形式). */
  form: ResourceForm;
  /** English name. */
  nameEn: string;
  /** Chinese name (资源名称). */
  nameZh: string;
  /** Quota period: YEAR, MONTH or TERM. */
  period?: string | null | undefined;
  /** Provider code that runs it, e.g. P-SH-BKHZ (上海市帮困互助基金会) or P-CN-ZHBF. */
  providerId: string;
  /** Places per period (名额), for QUOTA. */
  quota?: number | null | undefined;
  /** Override the tier derived from the provider type. */
  tierOverride?: Tier | null | undefined;
};

/** The area of a shared-needs aggregate or a project (项目范围). */
export type ProjectScopeLevel =
  /** 区 one district (6-digit code): every street of it. */
  | 'DISTRICT'
  /** 街镇 one street or town (9-digit code). */
  | 'STREET';

/** A provider organisation (ADMIN only). */
export type ProviderInput = {
  /** Address. */
  address?: string | null | undefined;
  /** Named contact people (联系人), at most 20. */
  contacts?: Array<ContactPersonInput> | null | undefined;
  /** Email. */
  email?: string | null | undefined;
  /** Provider code, e.g. P-CN-HSZ (upper-case letters, digits, dashes). */
  id: string | number;
  /** English name. */
  nameEn: string;
  /** Chinese name. */
  nameZh: string;
  /** Parent department. */
  parentDepartment?: string | null | undefined;
  /** Phone. */
  phone?: string | null | undefined;
  /** Postal code (邮政编码) of the address. */
  postalCode?: string | null | undefined;
  /** Service area. */
  serviceArea: GeoScopeInput;
  /** Kind of organisation. */
  type: ProviderType;
  /** Verification status. */
  verificationStatus?: VerificationStatus;
  /** Website, http(s). */
  website?: string | null | undefined;
};

/** Kind of organisation running resources. */
export type ProviderType =
  /** 慈善 charity */
  | 'CHARITY'
  /** 社区基金 community foundation fund */
  | 'COMMUNITY_FUND'
  /** 企业 enterprise */
  | 'ENTERPRISE'
  /** 政府专项 government special schemes and purchased services */
  | 'GOVERNMENT_SPECIAL'
  /** 政府法定 government, statutory schemes */
  | 'GOVERNMENT_STATUTORY'
  /** 群团 mass organisation (trade union, Youth League, Women's Federation, DPF, Red Cross) */
  | 'MASS_ORGANISATION'
  /** 社会组织 social organisation (NGO) */
  | 'SOCIAL_ORGANISATION';

/** A reason recorded for choosing a resource (排序依据). */
export type RankingCriterion =
  /** 顾问选择 added by the adviser */
  | 'ADVISER_CHOICE'
  /** 名额 uncapped or more places left */
  | 'CAPACITY'
  /** 编号 all else equal, by resource code */
  | 'CODE_ORDER'
  /** 配套 planned beside the resource it complements, not instead of it (CATALOGUE.md R16 + R21) */
  | 'COMPLEMENT'
  /** 指定渠道 the need's designated channel, e.g. 区残联 for barrier-free renovation (POL-ORD-2) */
  | 'DESIGNATED_CHANNEL'
  /** 急难 small-amount aid first, beside the scheme that addresses an emergency need (POL-EMG-2) */
  | 'EMERGENCY_ROUTE'
  /** 机构更少 the plan involves fewer providers */
  | 'FEWER_PROVIDERS'
  /** 转介更少 the plan needs fewer referrals */
  | 'FEWER_REFERRALS'
  /** 就近 street before district before city */
  | 'LOCALITY'
  /** 覆盖需求数 how many open needs it meets */
  | 'NEEDS_COVERED'
  /** 政策缺口 basic living still short under 低保: the next layers meet the gap (NEED-2) */
  | 'POLICY_GAP'
  /** 办理时限 faster processing */
  | 'PROCESSING_TIME'
  /** 层级 order of help: statutory, special, mass organisation, charity and community */
  | 'TIER';

/** Why the next reassessment (复核评估) is due when it is (INDICATOR-MODEL.md §6, §9). */
export type ReassessmentReason =
  /** 救助类别变化 a category began or ended since the latest assessment: due that day */
  | 'CATEGORY_CHANGE'
  /** 按困境程度 the interval of the latest level (HIGH 3, MODERATE 6, LOW and WATCH 12 months) */
  | 'INTERVAL'
  /** 人户分离或非本市户籍 registered elsewhere or a non-local member: half the interval of the level (POL-MON-3) */
  | 'SHORTER_REVIEW'
  /** 动态监测预警 a warning arrived after the latest assessment: due at once (POL-WRN-2) */
  | 'WARNING';

/** Record the assessment (评估审核) of a case, or its owed ASSESSMENT task after help-first. */
export type RecordCaseAssessmentInput = {
  /** The assessor, when someone else assessed: their near-relative filings are checked too (ASSESSOR). */
  assessor?: CaseActorInput | null | undefined;
  /** The case. */
  caseId: string | number;
  /** 快速通道 (POL-CH-5): no home visit; only for DB, BY or GX households. */
  fastTrack?: boolean;
  /** What the assessment found (评估意见). */
  findings: string;
  /** 入户核查 the home visit; required unless fastTrack. */
  homeVisitOn?: string | null | undefined;
  /** Amount proposed, yuan. */
  proposedAmount?: number | null | undefined;
};

/** Link the fund payment that disburses the case (资金发放): then follow-up is scheduled. */
export type RecordCaseDisbursementInput = {
  /** The case, in DISBURSEMENT. */
  caseId: string | number;
  /** A PAID payment to the household, purpose CASE_HELP, of no other case (payFromFund, then approval). */
  paymentId: string | number;
};

/** Record the review panel (民主评议, POL-CH-3): who sat, when, its opinion and outcome. */
export type RecordCasePanelInput = {
  /** For APPROVED: the amount approved, yuan (required). */
  approvedAmount?: number | null | undefined;
  /** The case. */
  caseId: string | number;
  /** 评议日期 the hearing; not in the future. */
  hearingOn: string;
  /** The members, one of them the chair; 3 to 15. */
  members: Array<PanelMemberInput>;
  /** 评议意见 the opinion. */
  opinion: string;
  /** The outcome. */
  outcome: PanelOutcome;
};

/** Record a dishonesty record (失信记录, POL-INT-2): on a household or a person’s ID number. */
export type RecordDishonestyInput = {
  /** The household; give this or idNumber. */
  householdId?: string | number | null | undefined;
  /** The person’s ID number; only a hash of it is kept. */
  idNumber?: string | null | undefined;
  /** Why (虚报、隐瞒、欺骗 …). */
  reason: string;
  /** When it was established; not in the future. */
  recordedOn: string;
  /** Who reported it (来源). */
  source: string;
};

/** Record what working a lead came to (走访结果). */
export type RecordOutreachOutcomeInput = {
  /** The version you read (OutreachLead.version); a stale one is a ConflictError. */
  expectedVersion: number;
  /** The lead. */
  leadId: string | number;
  /** Note, up to 2000 characters (no ID numbers). */
  note?: string | null | undefined;
  /** The outcome. */
  outcome: OutreachOutcome;
};

/** A service record (服务记录). Everything in it is written in one transaction, or nothing is. */
export type RecordServiceInput = {
  /** Needs found (source VISIT); an active need of the same code is updated, not duplicated. */
  addNeeds?: Array<VisitNeedInput> | null | undefined;
  /** The adviser who delivered it: omit as an ADVISER (it is you); required as ADMIN. */
  adviserId?: string | number | null | undefined;
  /** Findings: changes in the household's situation. */
  findings: string;
  /** ADV-FOLLOW only: the household has been out of assistance over a year with a stable income; stops the exit follow-up. */
  followUpCompleted?: boolean | null | undefined;
  /** Household facts to update, validated as updateHousehold does. */
  householdChanges?: VisitHouseholdChangesInput | null | undefined;
  /** The household served. */
  householdId: string | number;
  /** Mode; HOME_VISIT (and STATION for ADV-VISIT / ADV-FOLLOW) counts as a visit. */
  mode: ServiceMode;
  /** Needs of this household to move to another status. */
  needStatusChanges?: Array<VisitNeedStatusInput> | null | undefined;
  /** Next action. */
  nextAction?: string | null | undefined;
  /** When the next action is due. */
  nextActionDue?: string | null | undefined;
  /** When it took place; not in the future. */
  occurredAt: string;
  /** Service code, ADV-BRIEF … ADV-EMERG (adviserServices). */
  serviceCode: string;
};

/** Which referrals to list; every field optional. */
export type ReferralFilter = {
  /** true: only PENDING referrals not answered within the resource's processing time; false: only those not overdue. */
  overdue?: boolean | null | undefined;
  /** Only this provider organisation. */
  providerId?: string | null | undefined;
  /** Only this status. */
  status?: ReferralStatus | null | undefined;
  /** Only households of this street (9 digits). */
  streetCode?: string | null | undefined;
};

/** What a completed referral achieved for its need. */
export type ReferralOutcome =
  /** 已满足 the need is met */
  | 'MET'
  /** 部分满足 the need is partly met */
  | 'PARTIALLY_MET';

/** Decline a referral (provider) or withdraw it (adviser): a reason is required. */
export type ReferralReasonInput = {
  /** The referral. */
  id: string | number;
  /** Why. */
  reason: string;
};

/** Lifecycle of a referral: PENDING → ACCEPTED → IN_PROGRESS → COMPLETED; PENDING or ACCEPTED → DECLINED; the adviser WITHDRAWS an open one. */
export type ReferralStatus =
  /** 已接收 accepted; a place is taken when the resource counts places */
  | 'ACCEPTED'
  /** 已完成 delivered, with the outcome (closed) */
  | 'COMPLETED'
  /** 已拒绝 declined by the provider, with a reason (closed) */
  | 'DECLINED'
  /** 服务中 being delivered */
  | 'IN_PROGRESS'
  /** 待接收 issued, waiting for the provider */
  | 'PENDING'
  /** 已撤回 withdrawn by the adviser (closed) */
  | 'WITHDRAWN';

/** Accept a referral or start delivering it. */
export type ReferralStepInput = {
  /** The referral. */
  id: string | number;
  /** Optional note. */
  note?: string | null | undefined;
};

/** Register a person who acts on cases without an adviser-roster entry (经办及评议人员). */
export type RegisterActingPersonInput = {
  /** Their own resident ID number (身份证号码), 18 characters: only a keyed hash and a masked copy are kept. */
  idNumber: string;
  /** What they do on cases. */
  kind: ActingPersonKind;
  /** Name (姓名). */
  name: string;
  /** Streets (街镇, 9 digits) they act in; a SUPERVISOR only their own. */
  streetCodes: Array<string>;
};

/** Register a webhook endpoint (登记回调地址). */
export type RegisterWebhookEndpointInput = {
  /** ADMIN only: the adviser (roster id) to register for. An ADVISER always registers for themself. */
  adviserId?: string | number | null | undefined;
  /** Events to receive: at least one. */
  events: Array<WebhookEventType>;
  /** ADMIN only: the provider organisation to register for. A PARTNER always registers for its own. */
  providerId?: string | null | undefined;
  /** The signing secret: 32 to 256 characters (e.g. 32 random bytes, hex or base64). Never shown again. */
  secret: string;
  /** Where notices are POSTed: http(s); https in production; no private hosts in production. */
  url: string;
};

/** Relation to the head of household (与户主关系). */
export type Relation =
  /** 子女 child */
  | 'CHILD'
  /** 孙子女 grandchild */
  | 'GRANDCHILD'
  /** 祖父母 grandparent */
  | 'GRANDPARENT'
  /** 户主 head */
  | 'HEAD'
  /** 其他 other */
  | 'OTHER'
  /** 其他亲属 other relative */
  | 'OTHER_RELATIVE'
  /** 父母 parent */
  | 'PARENT'
  /** 兄弟姐妹 sibling */
  | 'SIBLING'
  /** 配偶 spouse */
  | 'SPOUSE';

/** Remove a member from a household. */
export type RemoveMemberInput = {
  /** The member. */
  id: string | number;
};

/** Remove an item from a draft plan, with the reason; the item is kept for the record. */
export type RemovePlanItemInput = {
  /** The plan item. */
  itemId: string | number;
  /** Why it is removed. */
  reason: string;
};

/** What a history entry records. */
export type ResourceAction =
  /** remaining places changed */
  | 'CAPACITY_UPDATED'
  /** created */
  | 'CREATED'
  /** imported from HSDS */
  | 'IMPORTED'
  /** published by ADMIN */
  | 'PUBLISHED'
  /** resumed after suspension */
  | 'RESUMED'
  /** retired */
  | 'RETIRED'
  /** returned by ADMIN with reasons */
  | 'RETURNED'
  /** loaded from the seed catalogue */
  | 'SEEDED'
  /** submitted for review */
  | 'SUBMITTED'
  /** suspended */
  | 'SUSPENDED'
  /** fields changed */
  | 'UPDATED';

/** Filters for the resource list; combined with AND. */
export type ResourceFilter = {
  /** Meets this need code. */
  needCode?: string | null | undefined;
  /** Run by this provider. */
  providerId?: string | null | undefined;
  /** Status; default PUBLISHED. Drafts are visible only to their organisation and ADMIN. */
  status?: ResourceStatus | null | undefined;
  /** Covers this street (街镇) code. */
  streetCode?: string | null | undefined;
  /** Text in the name or description, Chinese or English. */
  text?: string | null | undefined;
  /** In this tier. */
  tier?: Tier | null | undefined;
};

/** Form of help (救助形式). */
export type ResourceForm =
  /** 现金 cash */
  | 'CASH'
  /** 实物 in kind */
  | 'IN_KIND'
  /** 混合 mixed */
  | 'MIXED'
  /** 服务 service */
  | 'SERVICE';

/** Lifecycle: DRAFT → SUBMITTED → PUBLISHED → SUSPENDED / RETIRED. */
export type ResourceStatus =
  /** 草稿 draft, editable by its organisation */
  | 'DRAFT'
  /** 已发布 published: visible and matchable */
  | 'PUBLISHED'
  /** 已下线 retired */
  | 'RETIRED'
  /** 待审核 awaiting ADMIN review */
  | 'SUBMITTED'
  /** 暂停 suspended: visible, not matchable */
  | 'SUSPENDED';

/** A status change with an optional note (required where the mutation says so). */
export type ResourceTransitionInput = {
  /** The resource. */
  id: string | number;
  /** Review note, reasons or why. */
  note?: string | null | undefined;
};

/** What a caller may do. */
export type Role =
  /** 区民政 district civil-affairs staff: everything, everywhere. */
  | 'ADMIN'
  /** 社区救助顾问 community assistance adviser: households of their streets. */
  | 'ADVISER'
  /** 合作机构 provider organisation: its own resources and referrals; no household lists. */
  | 'PARTNER'
  /** 街镇社会救助所 street social-assistance office: approves plans and fund payments of their streets (four eyes). */
  | 'SUPERVISOR'
  /** 查看者 aggregates only; no household, name or ID number. */
  | 'VIEWER';

/** Rotate the secret of an endpoint (更换密钥): the new one signs from now on. */
export type RotateWebhookSecretInput = {
  /** The endpoint. */
  id: string | number;
  /** The signing secret: 32 to 256 characters (e.g. 32 random bytes, hex or base64). Never shown again. */
  secret: string;
};

/** A warning type (预警类型) to add or change: POL-WRN-3 makes the list of compared items configuration, so a new kind of data comparison needs no code change. */
export type SaveWarningTypeInput = {
  /** Code, upper case letters and underscores, e.g. DRUG_USE. An existing code is updated. */
  code: string;
  /** What it is and why this need: the source it comes from. */
  description: string;
  /** English name. */
  nameEn: string;
  /** Chinese name (中文名称). */
  nameZh: string;
  /** Need code (N01–N28) a matched warning of this type raises; null for none. */
  needCode?: string | null | undefined;
};

/** School attendance of a school-age member (就学状况). */
export type SchoolAttendance =
  /** 长期缺课 long absence */
  | 'LONG_ABSENCE'
  /** 失学/辍学 out of school */
  | 'OUT_OF_SCHOOL'
  /** 正常就学 regular */
  | 'REGULAR';

/** Geographic level. */
export type ScopeLevel =
  /** 全市 all of Shanghai */
  | 'CITY'
  /** 区 listed districts */
  | 'DISTRICT'
  /** 街镇 listed streets */
  | 'STREET';

/** How a service was delivered (服务方式). */
export type ServiceMode =
  /** 上门 home visit (counts as a visit) */
  | 'HOME_VISIT'
  /** 线上 online (not a visit) */
  | 'ONLINE'
  /** 电话 by phone (not a visit) */
  | 'PHONE'
  /** 站点 at the station (a visit only for ADV-VISIT and ADV-FOLLOW) */
  | 'STATION';

/** Filters for service records; give a household or an adviser. */
export type ServiceRecordFilter = {
  /** The adviser. */
  adviserId?: string | number | null | undefined;
  /** From this date (inclusive). */
  from?: string | null | undefined;
  /** The household. */
  householdId?: string | number | null | undefined;
  /** To this date (inclusive). */
  to?: string | null | undefined;
};

/** Set whether a decision needs a second person in a district (ADMIN). */
export type SetFourEyesRuleInput = {
  /** The decision. */
  decision: FourEyesDecision;
  /** District (区) code, 6 digits, e.g. 310105 for 长宁区. */
  districtCode: string;
  /** True: someone other than the drafter (SUPERVISOR or ADMIN) decides. False: the drafter may. */
  secondPerson: boolean;
};

/** Sex (性别). */
export type Sex =
  /** 女 female */
  | 'FEMALE'
  /** 男 male */
  | 'MALE';

/** Special statuses relevant to support (特殊身份). */
export type SpecialStatus =
  /** 社区矫正 under community correction */
  | 'COMMUNITY_CORRECTION'
  /** 戒毒 in drug rehabilitation */
  | 'DRUG_REHABILITATION'
  /** 刑满释放 recently released */
  | 'RECENTLY_RELEASED'
  /** 服刑 serving a sentence */
  | 'SERVING_SENTENCE';

/** Current study stage (在读学段). */
export type StudentStage =
  /** 高职 higher vocational */
  | 'HIGHER_VOCATIONAL'
  /** 初中 junior secondary */
  | 'JUNIOR_SECONDARY'
  /** 不在读 not studying */
  | 'NOT_STUDENT'
  /** 研究生 postgraduate */
  | 'POSTGRADUATE'
  /** 学前 pre-school */
  | 'PRESCHOOL'
  /** 小学 primary */
  | 'PRIMARY'
  /** 中职 secondary vocational */
  | 'SECONDARY_VOCATIONAL'
  /** 高中 senior secondary */
  | 'SENIOR_SECONDARY'
  /** 本科 undergraduate */
  | 'UNDERGRADUATE';

/** School-age children's study space (儿童学习空间). */
export type StudySpace =
  /** 无书桌/空间 none */
  | 'NONE'
  /** 有独立书桌和照明 own desk and light */
  | 'OWN_DESK'
  /** 共用或条件差 shared or poor */
  | 'SHARED_OR_POOR'
  /** 居室不安全（潮湿、无门、无光） unsafe room */
  | 'UNSAFE';

/** Where a 政策找人 sweep looks. */
export type SweepInput = {
  /** Street code (9 digits) or district code (6 digits); none for CITY. */
  code?: string | null | undefined;
  /** STREET, DISTRICT or CITY. */
  level: OutreachSweepLevel;
};

/** Housing tenure (住房性质). */
export type Tenure =
  /** 借住亲友 living with relatives */
  | 'LIVING_WITH_RELATIVES'
  /** 无固定住所 no fixed home */
  | 'NO_FIXED_HOME'
  /** 自有 owned */
  | 'OWNED'
  /** 私房租赁 private rental */
  | 'PRIVATE_RENTAL'
  /** 公房/公租房/廉租房 public rental */
  | 'PUBLIC_RENTAL';

/** Layer in the order of help (POL-ORD-6): statutory first, charity last. */
export type Tier =
  /** 慈善/社区 charity and community */
  | 'CHARITY_COMMUNITY'
  /** 群团 mass organisations */
  | 'MASS_ORGANISATION'
  /** 政府专项 government special */
  | 'SPECIAL'
  /** 法定 statutory (应享尽享 first) */
  | 'STATUTORY';

/** A training attended (培训). */
export type TrainingInput = {
  /** Date; not in the future. */
  date: string;
  /** Hours, more than 0 and at most 500. */
  hours: number;
  /** Topic. */
  topic: string;
};

/** Leave a household without a responsible adviser. */
export type UnassignAdviserInput = {
  /** The household. */
  householdId: string | number;
  /** Why. */
  reason: string;
};

/** A partial update of a roster entry: only the fields given change. Setting active to false deactivates the adviser: their token stops working and their households become unassigned. */
export type UpdateAdviserInput = {
  /** False deactivates; true reactivates. */
  active?: boolean | null | undefined;
  /** Caseload limit, 1–200; not below the current caseload. */
  caseloadMax?: number | null | undefined;
  /** 居村 served, when not the whole street. */
  community?: string | null | undefined;
  /** 备案登记 filing date; not in the future; null while pending. */
  filedOn?: string | null | undefined;
  /** Gender (性别). */
  gender?: string | null | undefined;
  /** The adviser. */
  id: string | number;
  /** Languages; replaces the stored list when given (null or [] empties it). */
  languages?: Array<string> | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Work phone: digits, spaces, + and -, 5–20 characters. */
  phone?: string | null | undefined;
  /** Qualifications; replaces the stored list when given (null or [] empties it). */
  qualifications?: Array<string> | null | undefined;
  /** Role type. */
  roleType?: AdviserRoleType | null | undefined;
  /** Specialties; replaces the stored list when given (null or [] empties it). */
  specialties?: Array<AdviserSpecialty> | null | undefined;
  /** 服务站/点 worked from. */
  station?: string | null | undefined;
  /** Street; refused while the adviser is responsible for households. */
  streetCode?: string | null | undefined;
  /** Trainings; replaces the stored list when given (null or [] empties it). */
  trainings?: Array<TrainingInput> | null | undefined;
};

/** Set the places left in the current period. */
export type UpdateCapacityInput = {
  /** The resource. */
  id: string | number;
  /** Places left, 0 to the quota. */
  remaining: number;
};

/** A partial update of a household: only the fields given change. */
export type UpdateHouseholdInput = {
  /** New address. */
  address?: string | null | undefined;
  /** Assistance history; replaces the stored list when given. */
  assistanceEvents?: Array<AssistanceEventInput> | null | undefined;
  /** Categories held; replaces the stored list when given. */
  categories?: Array<CategoryHoldingInput> | null | undefined;
  /** Charity priority (慈善重点帮扶). */
  charityPriority?: boolean | null | undefined;
  /** Consents. */
  consents?: ConsentsInput | null | undefined;
  /** Economic facts. */
  economics?: EconomicsInput | null | undefined;
  /** When given, the update is refused with CONFLICT if the stored version differs. */
  expectedVersion?: number | null | undefined;
  /** Found by grassroots visits (走访发现). */
  foundByVisit?: boolean | null | undefined;
  /** Housing facts. */
  housing?: HousingInput | null | undefined;
  /** The household. */
  id: string | number;
  /** Life events; replaces the stored list when given. */
  lifeEvents?: Array<LifeEventInput> | null | undefined;
  /** Mass-organisation beneficiary (群团帮扶对象). */
  massOrganisationBeneficiary?: boolean | null | undefined;
  /** Neighbourhood or village committee (居村委). */
  neighbourhood?: string | null | undefined;
  /** Adviser-observed facts. */
  observations?: ObservationsInput | null | undefined;
  /** Registered (hukou) address. */
  registeredAddress?: string | null | undefined;
  /** 人户分离: registered address differs from the residence. */
  registeredElsewhere?: boolean | null | undefined;
  /** Move to another street. */
  streetCode?: string | null | undefined;
};

/** A partial update of a member: only the fields given change. */
export type UpdateMemberInput = {
  /** Bedridden. */
  bedridden?: boolean | null | undefined;
  /** Birth date; must match the ID number; not in the future. */
  birthDate?: string | null | undefined;
  /** Care-needs grade 0–6. */
  careNeedsGrade?: number | null | undefined;
  /** Chronic illness on long-term medication. */
  chronicIllness?: boolean | null | undefined;
  /** Out-of-school cultural activity in the last year (children 3–12). */
  culturalActivityLastYear?: boolean | null | undefined;
  /** Disability grade 1–4. */
  disabilityGrade?: number | null | undefined;
  /** Disability type. */
  disabilityType?: string | null | undefined;
  /** Education completed. */
  educationLevel?: EducationLevel | null | undefined;
  /** Employment status. */
  employmentStatus?: EmploymentStatus | null | undefined;
  /** For a minor: the father's situation (父亲情况); decides 困境儿童 with the mother's (POLICY.md §3.2). */
  fatherSituation?: ParentSituation | null | undefined;
  /** Holds a disability certificate. */
  hasDisability?: boolean | null | undefined;
  /** Days in hospital, last 12 months. */
  hospitalDays12m?: number | null | undefined;
  /** Hospital stays, last 12 months. */
  hospitalStays12m?: number | null | undefined;
  /** Household registration. */
  hukou?: Hukou | null | undefined;
  /** The member. */
  id: string | number;
  /** Resident ID number (身份证号码), 18 characters with a valid check digit. */
  idNumber?: string | null | undefined;
  /** Main carer. */
  isMainCarer?: boolean | null | undefined;
  /** Main earner. */
  isMainEarner?: boolean | null | undefined;
  /** Learning difficulty. */
  learningDifficulty?: LearningDifficulty | null | undefined;
  /** Basic medical insurance cover (参加基本医疗保险); null = unknown. */
  medicalInsured?: boolean | null | undefined;
  /** Severe mental disorder. */
  mentalDisorder?: MentalDisorder | null | undefined;
  /** Cannot manage stairs unaided. */
  mobilityImpaired?: boolean | null | undefined;
  /** Months unemployed. */
  monthsUnemployed?: number | null | undefined;
  /** For a minor: the mother's situation (母亲情况). */
  motherSituation?: ParentSituation | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** PHQ-9 total 0–27. */
  phq9Score?: number | null | undefined;
  /** Graduated within the last 24 months. */
  recentGraduate?: boolean | null | undefined;
  /** Relation to the head. */
  relation?: Relation | null | undefined;
  /** School attendance. */
  schoolAttendance?: SchoolAttendance | null | undefined;
  /** Serious illness. */
  seriousIllness?: boolean | null | undefined;
  /** Sex; must match the ID number. */
  sex?: Sex | null | undefined;
  /** Social (pension) insurance cover (参加社会保险); null = unknown. */
  socialInsured?: boolean | null | undefined;
  /** Special educational needs. */
  specialEducationalNeeds?: boolean | null | undefined;
  /** Special statuses. */
  specialStatuses?: Array<SpecialStatus> | null | undefined;
  /** Study stage. */
  studentStage?: StudentStage | null | undefined;
  /** Suicidal thoughts reported. */
  suicidalThoughts?: boolean | null | undefined;
  /** Unemployment insurance cover (参加失业保险); null = unknown. */
  unemploymentInsured?: boolean | null | undefined;
  /** Trade-union member (工会会员); null = unknown. */
  unionMember?: boolean | null | undefined;
};

/** A partial update of a resource; only the fields given change. */
export type UpdateResourceInput = {
  /** How to apply. */
  applicationChannel?: string | null | undefined;
  /** What it gives. */
  benefit?: BenefitInput | null | undefined;
  /** Capacity model. */
  capacityKind?: CapacityKind | null | undefined;
  /** Contact people (联系人), at most 20. */
  contacts?: Array<ContactPersonInput> | null | undefined;
  /** Costs to the household (费用), case by case. */
  costOptions?: Array<CostOptionInput> | null | undefined;
  /** English description. */
  descriptionEn?: string | null | undefined;
  /** Chinese description. */
  descriptionZh?: string | null | undefined;
  /** Eligibility rule. */
  eligibility?: unknown;
  /** Email for enquiries. */
  email?: string | null | undefined;
  /** Exclusive group: resources in one group are never given together. */
  exclusiveGroup?: string | null | undefined;
  /** Refused with ConflictError if the stored version differs. */
  expectedVersion?: number | null | undefined;
  /** What the household pays (收费说明); not the benefit. */
  feesDescription?: string | null | undefined;
  /** Amounts and quotas are verified against a source. */
  figuresVerified?: boolean | null | undefined;
  /** Form of help. */
  form?: ResourceForm | null | undefined;
  /** Where it applies. */
  geoScope?: GeoScopeInput | null | undefined;
  /** The resource. */
  id: string | number;
  /** Languages (服务语言) as ISO 639 codes, e.g. zh, en, wuu. */
  languages?: Array<string> | null | undefined;
  /** Last verified. */
  lastVerified?: string | null | undefined;
  /** English name. */
  nameEn?: string | null | undefined;
  /** Chinese name. */
  nameZh?: string | null | undefined;
  /** Need codes. */
  needCodes?: Array<string> | null | undefined;
  /** Quota period: YEAR, MONTH or TERM. */
  period?: string | null | undefined;
  /** Phones (咨询电话), at most 20. */
  phones?: Array<PhoneInput> | null | undefined;
  /** Policy basis (文号). */
  policyBasis?: string | null | undefined;
  /** Processing time in working days. */
  processingDays?: number | null | undefined;
  /** Places per period; required for QUOTA. */
  quota?: number | null | undefined;
  /** Materials to bring. */
  requiredMaterials?: Array<string> | null | undefined;
  /** Weekly opening hours (开放时间). */
  schedules?: Array<WeeklyScheduleInput> | null | undefined;
  /** Offer only after statutory schemes are used or ruled out. */
  statutoryFirst?: boolean | null | undefined;
  /** Override the tier derived from the provider type. */
  tierOverride?: Tier | null | undefined;
  /** Web page (网址), http(s). */
  url?: string | null | undefined;
  /** Valid from. */
  validFrom?: string | null | undefined;
  /** Valid to. */
  validTo?: string | null | undefined;
};

/** Whether civil affairs has verified the organisation. */
export type VerificationStatus =
  /** 暂停 suspended */
  | 'SUSPENDED'
  /** 未核实 unverified */
  | 'UNVERIFIED'
  /** 已核实 verified */
  | 'VERIFIED';

/** How often the household is visited (走访频次). */
export type VisitCadence =
  /** 每半年 half-yearly */
  | 'HALF_YEARLY'
  /** 每月 monthly */
  | 'MONTHLY'
  /** 每季度 quarterly */
  | 'QUARTERLY'
  /** 每年联系 yearly contact */
  | 'YEARLY_CONTACT';

/** Household facts found on the visit; the same fields and rules as updateHousehold (omitted = unchanged, null = unknown). */
export type VisitHouseholdChangesInput = {
  /** Assistance history; replaces the stored list when given. */
  assistanceEvents?: Array<AssistanceEventInput> | null | undefined;
  /** Categories held; replaces the stored list when given. */
  categories?: Array<CategoryHoldingInput> | null | undefined;
  /** Charity priority (慈善重点帮扶). */
  charityPriority?: boolean | null | undefined;
  /** Consents. */
  consents?: ConsentsInput | null | undefined;
  /** Economic facts. */
  economics?: EconomicsInput | null | undefined;
  /** When given, the record is refused with CONFLICT if the household changed since it was read. */
  expectedVersion?: number | null | undefined;
  /** Found by grassroots visits (走访发现). */
  foundByVisit?: boolean | null | undefined;
  /** Housing facts. */
  housing?: HousingInput | null | undefined;
  /** Life events; replaces the stored list when given. */
  lifeEvents?: Array<LifeEventInput> | null | undefined;
  /** Mass-organisation beneficiary (群团帮扶对象). */
  massOrganisationBeneficiary?: boolean | null | undefined;
  /** Neighbourhood or village committee (居村委). */
  neighbourhood?: string | null | undefined;
  /** Adviser-observed facts. */
  observations?: ObservationsInput | null | undefined;
  /** Registered (hukou) address. */
  registeredAddress?: string | null | undefined;
  /** 人户分离: registered address differs from the residence. */
  registeredElsewhere?: boolean | null | undefined;
};

/** A need found on the visit (source VISIT). */
export type VisitNeedInput = {
  /** Need code N01–N28. */
  code: string;
  /** What was seen or reported. */
  note: string;
  /** Urgency; ORDINARY when omitted. */
  urgency?: NeedUrgency | null | undefined;
};

/** A need of this household closed or moved on by the visit. */
export type VisitNeedStatusInput = {
  /** The need (of the same household). */
  needId: string | number;
  /** Why. */
  reason: string;
  /** New status, e.g. MET or DECLINED (RESOLVED is set by reassessment only). */
  status: NeedStatus;
};

/** Why the next visit is due when it is. */
export type VisitReason =
  /** 个案回访 a case of help was paid: its follow-up visit (回访反馈, POL-CH-1) is due by then */
  | 'CASE_FOLLOW_UP'
  /** 退出回访 exit follow-up (POL-CAD-9): within a month of leaving assistance, then every 3 months, until the household has been out over a year with a stable income */
  | 'EXIT_FOLLOW_UP'
  /** 按困境程度 the cadence of the latest hardship level (HIGH monthly, MODERATE quarterly, LOW half-yearly, WATCH yearly) */
  | 'LEVEL'
  /** 动态监测预警 a data-comparison warning arrived after the last visit: due at once */
  | 'WARNING';

/** One data-comparison event. Fields are strings so that a bad row is reported with its line, not refused as a whole request. */
export type WarningEventInput = {
  /** Date of the event, YYYY-MM-DD; not in the future. */
  date: string;
  /** Detail from the source. */
  detail?: string;
  /** The source system's event id; ingestion is idempotent by it. */
  eventId: string;
  /** ID number (身份证号码) of the person concerned; matched to members. */
  idNumber: string;
  /** Line to report problems against (e.g. the line of the source file); the 1-based position in the list when omitted. */
  line?: number | null | undefined;
  /** A warning type code (warningTypes), e.g. HOSPITALISATION or DRUG_USE. */
  type: string;
};

/** Filters for warnings; all optional. */
export type WarningFilter = {
  /** The batch. */
  batchId?: string | number | null | undefined;
  /** The household. */
  householdId?: string | number | null | undefined;
  /** Status; UNMATCHED warnings are for ADMIN only. */
  status?: WarningStatus | null | undefined;
  /** Street (街镇) code of the household. */
  streetCode?: string | null | undefined;
};

/** How a verified warning ended (POL-MON-2). */
export type WarningOutcome =
  /** 及时对接服务 at the policy edge: connected to services */
  | 'CONNECT_SERVICES'
  /** 及时纳入救助 brought into assistance */
  | 'ENROL'
  /** 核实无变化 verified, nothing to change */
  | 'NO_CHANGE'
  /** 及时终止救助 assistance terminated */
  | 'TERMINATE';

/** Where a warning stands (POL-WRN-1). */
export type WarningStatus =
  /** 已处置 verified and closed with an outcome */
  | 'CLOSED'
  /** 待核实 matched to a household, waiting for the adviser to verify */
  | 'OPEN'
  /** 未匹配 no member has this ID number; kept so it can be matched later */
  | 'UNMATCHED';

/** Where a delivery (投递) stands. */
export type WebhookDeliveryStatus =
  /** Given up after the last attempt, or the endpoint was deactivated. */
  | 'DEAD'
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Not yet answered with 2xx; will be tried (again) at nextAttemptAt. */
  | 'PENDING';

/** What a webhook (回调通知) tells its owner about. */
export type WebhookEventType =
  /** A new referral (新转介) to the provider organisation; sent to the provider. */
  | 'REFERRAL_CREATED'
  /** The provider declined a referral (转介被拒); sent to the referring adviser. */
  | 'REFERRAL_DECLINED'
  /** A referral is still PENDING past answerDueAt (转介逾期); sent once, to the provider and the referring adviser. */
  | 'REFERRAL_OVERDUE'
  /** The adviser withdrew a referral (转介撤回); sent to the provider. */
  | 'REFERRAL_WITHDRAWN';

/** Whose endpoint it is: a provider organisation (合作机构) or an adviser (顾问). */
export type WebhookOwnerKind =
  /** One adviser of the roster; managed by that adviser (and ADMIN). */
  | 'ADVISER'
  /** A provider organisation; managed by its PARTNER users (and ADMIN). */
  | 'PROVIDER';

/** A day of the week, as iCalendar (RFC 5545) and HSDS write it. */
export type Weekday =
  /** 周五 Friday */
  | 'FR'
  /** 周一 Monday */
  | 'MO'
  /** 周六 Saturday */
  | 'SA'
  /** 周日 Sunday */
  | 'SU'
  /** 周四 Thursday */
  | 'TH'
  /** 周二 Tuesday */
  | 'TU'
  /** 周三 Wednesday */
  | 'WE';

/** Weekly opening hours. */
export type WeeklyScheduleInput = {
  /** Closes at, HH:MM, after opensAt. */
  closesAt?: string | null | undefined;
  /** The days it is open (at least one). */
  days: Array<Weekday>;
  /** Notes. */
  description?: string | null | undefined;
  /** Opens at, HH:MM. */
  opensAt?: string | null | undefined;
  /** First day these hours apply. */
  validFrom?: string | null | undefined;
  /** Last day these hours apply. */
  validTo?: string | null | undefined;
};

/** What-if changes for previewAssessment; nothing is stored. Omitted fields keep their stored value. */
export type WhatIfInput = {
  /** Replace the categories held. */
  categories?: Array<CategoryHoldingInput> | null | undefined;
  /** Economic changes. */
  economics?: EconomicsInput | null | undefined;
  /** Housing changes. */
  housing?: HousingInput | null | undefined;
  /** Replace the life events. */
  lifeEvents?: Array<LifeEventInput> | null | undefined;
  /** Observation changes. */
  observations?: ObservationsInput | null | undefined;
};

/** Withdraw (撤回) a near-relative filing of a registered person: it is kept, no longer checked. */
export type WithdrawPersonNearRelativeInput = {
  /** The filing. */
  filingId: string | number;
  /** Why (e.g. filed in error, relation ended). */
  reason: string;
};

/** Withdraw a referral (adviser), with the reason. */
export type WithdrawReferralInput = {
  /** True when the household itself declined the help: the need becomes DECLINED (closed) instead of OPEN. */
  householdDeclined?: boolean;
  /** The referral. */
  id: string | number;
  /** Why. */
  reason: string;
};

export type AdviserPartsFragment = { id: string, name: string, phone: string | null, streetCode: string, community: string | null, station: string | null, roleType: AdviserRoleType, specialties: Array<AdviserSpecialty>, languages: Array<string>, qualifications: Array<string>, filedOn: string | null, caseloadMax: number, caseload: number, active: boolean, trainings: Array<{ date: string, topic: string, hours: number }> };

export type SchedulePartsFragment = { householdId: string, streetCode: string, adviserId: string | null, level: HardshipLevel | null, cadenceMonths: number | null, lastVisitAt: string | null, exitOn: string | null, nextDue: string | null, reason: VisitReason | null, visitFlagged: boolean, reassessmentDue: boolean, reassessOn: string | null, reassessReason: ReassessmentReason | null };

export type CreateAdviserMutationVariables = Exact<{
  input: CreateAdviserInput;
}>;


export type CreateAdviserMutation = { createAdviser:
    | { __typename: 'Adviser', id: string, name: string, phone: string | null, streetCode: string, community: string | null, station: string | null, roleType: AdviserRoleType, specialties: Array<AdviserSpecialty>, languages: Array<string>, qualifications: Array<string>, filedOn: string | null, caseloadMax: number, caseload: number, active: boolean, trainings: Array<{ date: string, topic: string, hours: number }> }
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type UpdateAdviserMutationVariables = Exact<{
  input: UpdateAdviserInput;
}>;


export type UpdateAdviserMutation = { updateAdviser:
    | { __typename: 'Adviser', id: string, name: string, phone: string | null, streetCode: string, community: string | null, station: string | null, roleType: AdviserRoleType, specialties: Array<AdviserSpecialty>, languages: Array<string>, qualifications: Array<string>, filedOn: string | null, caseloadMax: number, caseload: number, active: boolean, trainings: Array<{ date: string, topic: string, hours: number }> }
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type FileNearRelativeMutationVariables = Exact<{
  input: FileNearRelativeInput;
}>;


export type FileNearRelativeMutation = { fileNearRelative:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'NearRelativeFiling', id: string, relativeName: string, relation: NearRelation, idNumberMasked: string, idNumber: string | null }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type AdviserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdviserQuery = { adviser: { id: string, name: string, phone: string | null, streetCode: string, community: string | null, station: string | null, roleType: AdviserRoleType, specialties: Array<AdviserSpecialty>, languages: Array<string>, qualifications: Array<string>, filedOn: string | null, caseloadMax: number, caseload: number, active: boolean, street: { nameZh: string }, nearRelativeFilings: Array<{ id: string, idNumberMasked: string, idNumber: string | null }> | null, households: Array<{ id: string }>, trainings: Array<{ date: string, topic: string, hours: number }> } };

export type AdvisersQueryVariables = Exact<{
  filter?: AdviserFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdvisersQuery = { advisers: { totalItems: number, items: Array<{ id: string, name: string, streetCode: string }> } };

export type AdvisersWithWorkQueryVariables = Exact<{
  until?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdvisersWithWorkQuery = { advisers: { totalItems: number, items: Array<{ id: string, name: string, caseload: number, households: Array<{ id: string, address: string }>, dueVisits: Array<{ householdId: string, nextDue: string | null, reason: VisitReason | null, household: { id: string, address: string } | null }> }> } };

export type AssignAdviserMutationVariables = Exact<{
  input: AssignAdviserInput;
}>;


export type AssignAdviserMutation = { assignAdviser:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'HouseholdAssignment', id: string, householdId: string, adviserId: string, assignedUntil: string | null, endReason: string | null, adviser: { name: string } | null }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type UnassignAdviserMutationVariables = Exact<{
  input: UnassignAdviserInput;
}>;


export type UnassignAdviserMutation = { unassignAdviser:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'HouseholdAssignment', id: string, assignedUntil: string | null, endReason: string | null }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type SuggestAdvisersQueryVariables = Exact<{
  householdId: string | number;
}>;


export type SuggestAdvisersQuery = { suggestAdvisers: Array<{ score: number, matchedSpecialties: Array<AdviserSpecialty>, reasons: Array<string>, caseload: number, spare: number, adviser: { id: string, name: string } }> };

export type AdviserServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdviserServicesQuery = { adviserServices: Array<{ code: string, nameZh: string, nameEn: string, standard: string }> };

export type RecordServiceMutationVariables = Exact<{
  input: RecordServiceInput;
}>;


export type RecordServiceMutation = { recordService:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'FollowUpContinuesError', reason: FollowUpContinuesReason, exitOn: string | null, outOverAYearFrom: string | null, stableIncomeRatio: number | null, missingFacts: Array<string>, errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'ServiceRecord', id: string, serviceCode: string, mode: ServiceMode, countsAsVisit: boolean, needsAdded: Array<string>, needsClosed: Array<string>, factsUpdated: Array<string>, followUpCompleted: boolean, adviser: { id: string } | null, service: { nameZh: string } | null }
   };

export type ServiceRecordsQueryVariables = Exact<{
  filter?: ServiceRecordFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ServiceRecordsQuery = { serviceRecords: { totalItems: number, items: Array<{ id: string, householdId: string, serviceCode: string, mode: ServiceMode, findings: string }> } };

export type HouseholdWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdWorkQuery = { household: { id: string, version: number, economics: { incomeWages: number | null }, responsibleAdviser: { id: string, name: string } | null, assignmentHistory: Array<{ adviserId: string, assignedUntil: string | null, endReason: string | null }>, visitSchedule: { householdId: string, streetCode: string, adviserId: string | null, level: HardshipLevel | null, cadenceMonths: number | null, lastVisitAt: string | null, exitOn: string | null, nextDue: string | null, reason: VisitReason | null, visitFlagged: boolean, reassessmentDue: boolean, reassessOn: string | null, reassessReason: ReassessmentReason | null } | null, serviceRecords: Array<{ id: string, serviceCode: string }>, warnings: Array<{ id: string, eventId: string, type: string, status: WarningStatus, needId: string | null, idNumberMasked: string }>, needs: Array<{ id: string, code: string, status: NeedStatus, source: NeedSource }> } | null };

export type DueVisitsQueryVariables = Exact<{
  until: string;
  adviserId?: string | number | null | undefined;
  streetCode?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DueVisitsQuery = { dueVisits: { totalItems: number, items: Array<{ householdId: string, streetCode: string, adviserId: string | null, level: HardshipLevel | null, cadenceMonths: number | null, lastVisitAt: string | null, exitOn: string | null, nextDue: string | null, reason: VisitReason | null, visitFlagged: boolean, reassessmentDue: boolean, reassessOn: string | null, reassessReason: ReassessmentReason | null, household: { id: string, address: string } | null, adviser: { id: string, name: string } | null }> } };

export type DueReassessmentsQueryVariables = Exact<{
  until: string;
  adviserId?: string | number | null | undefined;
  streetCode?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DueReassessmentsQuery = { dueReassessments: { totalItems: number, items: Array<{ householdId: string, streetCode: string, adviserId: string | null, level: HardshipLevel | null, cadenceMonths: number | null, lastVisitAt: string | null, exitOn: string | null, nextDue: string | null, reason: VisitReason | null, visitFlagged: boolean, reassessmentDue: boolean, reassessOn: string | null, reassessReason: ReassessmentReason | null }> } };

export type OverdueVisitsQueryVariables = Exact<{
  adviserId?: string | number | null | undefined;
  streetCode?: string | null | undefined;
}>;


export type OverdueVisitsQuery = { overdueVisits: { totalItems: number, items: Array<{ householdId: string, nextDue: string | null, reason: VisitReason | null }> } };

export type IngestWarningsMutationVariables = Exact<{
  input: IngestWarningsInput;
}>;


export type IngestWarningsMutation = { ingestWarnings:
    | { __typename: 'InputValidationError', fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'WarningBatchRejected', errorCode: ErrorCode, problems: Array<{ line: number, eventId: string | null, field: string, reason: string, message: string }> }
    | { __typename: 'WarningBatchReport', batch: { id: string, rows: number, matched: number, unmatched: number, duplicates: number }, matched: Array<{ id: string, eventId: string, line: number, householdId: string | null, needId: string | null, status: WarningStatus }>, unmatched: Array<{ line: number, eventId: string, reason: string }>, duplicates: Array<{ line: number, eventId: string, reason: string }> }
   };

export type MatchWarningsMutationVariables = Exact<{ [key: string]: never; }>;


export type MatchWarningsMutation = { matchWarnings: { matched: number, stillUnmatched: number } };

export type CloseWarningMutationVariables = Exact<{
  input: CloseWarningInput;
}>;


export type CloseWarningMutation = { closeWarning:
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Warning', id: string, status: WarningStatus, outcome: WarningOutcome | null }
   };

export type WarningListQueryVariables = Exact<{
  filter?: WarningFilter | null | undefined;
}>;


export type WarningListQuery = { warningList: { totalItems: number, items: Array<{ id: string, eventId: string, status: WarningStatus, type: string, idNumberMasked: string, householdId: string | null }> } };

export type NeedStatisticsQueryVariables = Exact<{
  districtCode?: string | null | undefined;
}>;


export type NeedStatisticsQuery = { needStatistics: Array<{ code: string, status: NeedStatus, needs: number | null, households: number | null, suppressed: boolean }> };

export type AdviserWorkStatisticsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  streetCode?: string | null | undefined;
}>;


export type AdviserWorkStatisticsQuery = { adviserWorkStatistics: Array<{ adviserId: string, adviserName: string | null, streetCode: string, caseloadMax: number, caseload: number | null, visitsDone: number | null, householdsVisited: number | null, dueByEnd: number | null, overdue: number | null, suppressed: boolean }> };

export type WarningTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type WarningTypesQuery = { warningTypes: Array<{ code: string, nameZh: string, nameEn: string, needCode: string | null, description: string, position: number }> };

export type SaveWarningTypeMutationVariables = Exact<{
  input: SaveWarningTypeInput;
}>;


export type SaveWarningTypeMutation = { saveWarningType:
    | { __typename: 'InputValidationError', fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'WarningType', code: string, needCode: string | null, position: number }
   };

export type AllocateQueryVariables = Exact<{
  resourceIds: Array<string | number> | string | number;
  on?: string | null | undefined;
}>;


export type AllocateQuery = { allocate: { on: string, method: AllocationMethod, objective: number | null, resources: Array<{ resourceId: string, resourceCode: string, exclusiveGroup: string | null, periodKey: string, periodStartsOn: string | null, periodEndsOn: string | null, places: number, placedCount: number | null, queueLength: number | null, placed: Array<{ householdId: string | null, address: string | null, streetCode: string, level: string, urgency: string, waitingSince: string, waitingDays: number, priority: number, position: number | null, reason: LeftOutReason | null, givenInstead: string | null }>, queue: Array<{ householdId: string | null, address: string | null, streetCode: string, level: string, urgency: string, waitingSince: string, waitingDays: number, priority: number, position: number | null, reason: LeftOutReason | null, givenInstead: string | null }> }> } };

export type AllocationClaimPartsFragment = { householdId: string | null, address: string | null, streetCode: string, level: string, urgency: string, waitingSince: string, waitingDays: number, priority: number, position: number | null, reason: LeftOutReason | null, givenInstead: string | null };

export type ResourceQuotaPeriodsQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceQuotaPeriodsQuery = { resource: { code: string, remaining: number | null, currentPeriod: string | null, placesLeft: number | null, quotaPeriods: Array<{ periodKey: string, startsOn: string | null, endsOn: string | null, places: number, taken: number }> } | null };

export type ProfilePartsFragment = { modelId: string, asOf: string, composite: number, deprivedDimensionCount: number, level: HardshipLevel, levelRule: { id: string, zh: string, en: string }, redFlags: Array<{ code: string, zh: string, en: string }>, circle: { primary: number | null, rule: { circle: number, ruleId: string, zh: string, en: string, evidence: string } | null }, cadence: { visit: VisitCadence, reassessMonths: number, nextReassessment: string }, dimensions: Array<{ code: string, score: number | null, weight: number, contribution: number, deprived: boolean }>, indicators: Array<{ code: string, score: number | null, missing: boolean, scoreMin: number | null, scoreMax: number | null, factsToAsk: Array<string> | null }>, needs: Array<{ code: string, urgency: NeedUrgency, indicators: Array<string>, conditions: Array<string> }>, possibleNeeds: Array<{ code: string, urgency: NeedUrgency, indicators: Array<string>, conditions: Array<string>, factsToAsk: Array<string> }> | null, range: { compositeMax: number, deprivedDimensionCountMax: number, levelMax: HardshipLevel, levelDecided: boolean } | null, completeness: { computed: number, total: number, share: number, missingIndicators: Array<string>, missingDimensions: Array<string>, byDimension: Array<{ dimension: string, decided: number, total: number }> | null }, explanation: { contributions: Array<{ dimension: string, zh: string, contribution: number }>, drivers: Array<{ indicator: string, zh: string, en: string }>, levelSensitivity: { couldChangeLevel: boolean, decisive: Array<{ indicator: string, facts: Array<string> }> } } | null };

export type AssessHouseholdMutationVariables = Exact<{
  householdId: string | number;
}>;


export type AssessHouseholdMutation = { assessHousehold:
    | { __typename: 'Assessment', id: string, modelId: string, asOf: string, level: HardshipLevel, composite: number, circle: number | null, assessedBy: string, profile: { modelId: string, asOf: string, composite: number, deprivedDimensionCount: number, level: HardshipLevel, levelRule: { id: string, zh: string, en: string }, redFlags: Array<{ code: string, zh: string, en: string }>, circle: { primary: number | null, rule: { circle: number, ruleId: string, zh: string, en: string, evidence: string } | null }, cadence: { visit: VisitCadence, reassessMonths: number, nextReassessment: string }, dimensions: Array<{ code: string, score: number | null, weight: number, contribution: number, deprived: boolean }>, indicators: Array<{ code: string, score: number | null, missing: boolean, scoreMin: number | null, scoreMax: number | null, factsToAsk: Array<string> | null }>, needs: Array<{ code: string, urgency: NeedUrgency, indicators: Array<string>, conditions: Array<string> }>, possibleNeeds: Array<{ code: string, urgency: NeedUrgency, indicators: Array<string>, conditions: Array<string>, factsToAsk: Array<string> }> | null, range: { compositeMax: number, deprivedDimensionCountMax: number, levelMax: HardshipLevel, levelDecided: boolean } | null, completeness: { computed: number, total: number, share: number, missingIndicators: Array<string>, missingDimensions: Array<string>, byDimension: Array<{ dimension: string, decided: number, total: number }> | null }, explanation: { contributions: Array<{ dimension: string, zh: string, contribution: number }>, drivers: Array<{ indicator: string, zh: string, en: string }>, levelSensitivity: { couldChangeLevel: boolean, decisive: Array<{ indicator: string, facts: Array<string> }> } } | null } }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type HouseholdProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdProfileQuery = { household: { id: string, profile: { modelId: string, asOf: string, composite: number, deprivedDimensionCount: number, level: HardshipLevel, levelRule: { id: string, zh: string, en: string }, redFlags: Array<{ code: string, zh: string, en: string }>, circle: { primary: number | null, rule: { circle: number, ruleId: string, zh: string, en: string, evidence: string } | null }, cadence: { visit: VisitCadence, reassessMonths: number, nextReassessment: string }, dimensions: Array<{ code: string, score: number | null, weight: number, contribution: number, deprived: boolean }>, indicators: Array<{ code: string, score: number | null, missing: boolean, scoreMin: number | null, scoreMax: number | null, factsToAsk: Array<string> | null }>, needs: Array<{ code: string, urgency: NeedUrgency, indicators: Array<string>, conditions: Array<string> }>, possibleNeeds: Array<{ code: string, urgency: NeedUrgency, indicators: Array<string>, conditions: Array<string>, factsToAsk: Array<string> }> | null, range: { compositeMax: number, deprivedDimensionCountMax: number, levelMax: HardshipLevel, levelDecided: boolean } | null, completeness: { computed: number, total: number, share: number, missingIndicators: Array<string>, missingDimensions: Array<string>, byDimension: Array<{ dimension: string, decided: number, total: number }> | null }, explanation: { contributions: Array<{ dimension: string, zh: string, contribution: number }>, drivers: Array<{ indicator: string, zh: string, en: string }>, levelSensitivity: { couldChangeLevel: boolean, decisive: Array<{ indicator: string, facts: Array<string> }> } } | null } | null, assessments: Array<{ id: string, level: HardshipLevel, composite: number, asOf: string }>, needs: Array<{ id: string, code: string, status: NeedStatus, source: NeedSource, urgency: NeedUrgency, indicators: Array<string>, stillTriggered: boolean, needCode: { nameZh: string, nameEn: string } | null, history: Array<{ fromStatus: NeedStatus | null, toStatus: NeedStatus, reason: string, actorId: string }> }>, allNeeds: Array<{ id: string, code: string, status: NeedStatus }> } | null };

export type PreviewAssessmentQueryVariables = Exact<{
  householdId: string | number;
  changes?: WhatIfInput | null | undefined;
  modelId?: string | null | undefined;
}>;


export type PreviewAssessmentQuery = { previewAssessment:
    | { __typename: 'HardshipProfileView', level: HardshipLevel, composite: number, redFlags: Array<{ code: string }>, needs: Array<{ code: string, urgency: NeedUrgency }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode }
   };

export type AddNeedMutationVariables = Exact<{
  input: AddNeedInput;
}>;


export type AddNeedMutation = { addNeed:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'Need', id: string, code: string, status: NeedStatus, source: NeedSource, urgency: NeedUrgency, note: string | null }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type ChangeNeedStatusMutationVariables = Exact<{
  input: ChangeNeedStatusInput;
}>;


export type ChangeNeedStatusMutation = { changeNeedStatus:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'Need', id: string, status: NeedStatus, closedAt: string | null, history: Array<{ fromStatus: NeedStatus | null, toStatus: NeedStatus, reason: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode }
   };

export type ScoringModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringModelsQuery = { scoringModels: Array<{ id: string, status: ModelStatus, dimensions: Array<{ code: string, weight: number }>, profiles: Array<{ name: string, use: string, consistencyRatio: number, lambdaMax: number }>, levelRules: Array<{ id: string, level: HardshipLevel, when: unknown }>, cadences: Array<{ level: HardshipLevel, visit: VisitCadence, reassessMonths: number }>, indicators: Array<{ code: string, fact: string }> }> };

export type ScoringModelQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ScoringModelQuery = { scoringModel: { id: string, status: ModelStatus } | null };

export type RegisterScoringModelMutationVariables = Exact<{
  definition: unknown;
}>;


export type RegisterScoringModelMutation = { registerScoringModel:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'ScoringModelVersion', id: string, status: ModelStatus }
   };

export type ActivateScoringModelMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateScoringModelMutation = { activateScoringModel:
    | { __typename: 'InputValidationError', errorCode: ErrorCode }
    | { __typename: 'NotFoundError', errorCode: ErrorCode }
    | { __typename: 'ScoringModelVersion', id: string, status: ModelStatus }
   };

export type SimulateModelQueryVariables = Exact<{
  id: string | number;
}>;


export type SimulateModelQuery = { simulateModel: { modelId: string, activeModelId: string, households: number, levelChanged: number, circleChanged: number, byStreet: Array<{ streetCode: string, households: number, levelChanged: number, circleChanged: number }> } };

export type HardshipStatisticsQueryVariables = Exact<{
  districtCode?: string | null | undefined;
}>;


export type HardshipStatisticsQuery = { hardshipStatistics: Array<{ streetCode: string, level: HardshipLevel, circle: number | null, households: number | null, suppressed: boolean }> };

export type HouseholdsWithProfilesQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type HouseholdsWithProfilesQuery = { households: { items: Array<{ id: string, profile: { level: HardshipLevel, composite: number } | null, assessments: Array<{ id: string, level: HardshipLevel, profile: { level: HardshipLevel, needs: Array<{ code: string }>, explanation: { drivers: Array<{ zh: string }> } | null } }>, needs: Array<{ code: string, status: NeedStatus }> }> } };

export type BatchRunsQueryVariables = Exact<{
  filter?: BatchRunFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BatchRunsQuery = { batchRuns: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: string, status: string, total: number | null, done: number, failed: number, chunkSize: number | null, chunks: number, chunksLeft: number, rate: number | null, etaSeconds: number | null, startedAt: string, finishedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CasePartsFragment = { id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> };

type CaseFailure_CaseConflictOfInterestError_Fragment = { __typename: 'CaseConflictOfInterestError', actingAs: string, filingId: string, adviserId: string | null, personId: string | null, field: string | null, errorCode: ErrorCode, message: string };

type CaseFailure_CaseHelp_Fragment = { __typename: 'CaseHelp', id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> };

type CaseFailure_ConflictError_Fragment = { __typename: 'ConflictError', errorCode: ErrorCode, message: string };

type CaseFailure_InputValidationError_Fragment = { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> };

type CaseFailure_InvalidTransitionError_Fragment = { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string };

type CaseFailure_NotFoundError_Fragment = { __typename: 'NotFoundError', errorCode: ErrorCode, message: string };

export type CaseFailureFragment =
  | CaseFailure_CaseConflictOfInterestError_Fragment
  | CaseFailure_CaseHelp_Fragment
  | CaseFailure_ConflictError_Fragment
  | CaseFailure_InputValidationError_Fragment
  | CaseFailure_InvalidTransitionError_Fragment
  | CaseFailure_NotFoundError_Fragment
;

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { openCase:
    | { __typename: 'CaseConflictOfInterestError', actingAs: string, filingId: string, errorCode: ErrorCode, message: string }
    | { __typename: 'CaseHelp', id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type AcceptCaseMutationVariables = Exact<{
  input: AcceptCaseInput;
}>;


export type AcceptCaseMutation = { acceptCase:
    | { __typename: 'CaseConflictOfInterestError', actingAs: string, filingId: string, adviserId: string | null, personId: string | null, field: string | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CaseHelp', id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> }
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type RecordCaseAssessmentMutationVariables = Exact<{
  input: RecordCaseAssessmentInput;
}>;


export type RecordCaseAssessmentMutation = { recordCaseAssessment:
    | { __typename: 'CaseConflictOfInterestError', actingAs: string, filingId: string, adviserId: string | null, personId: string | null, field: string | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CaseHelp', id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> }
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type RecordCasePanelMutationVariables = Exact<{
  input: RecordCasePanelInput;
}>;


export type RecordCasePanelMutation = { recordCasePanel:
    | { __typename: 'CaseConflictOfInterestError', actingAs: string, filingId: string, adviserId: string | null, personId: string | null, field: string | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CaseHelp', id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> }
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type DecideCaseMutationVariables = Exact<{
  input: DecideCaseInput;
}>;


export type DecideCaseMutation = { decideCase:
    | { __typename: 'CaseConflictOfInterestError', actingAs: string, filingId: string, personId: string | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CaseHelp', id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> }
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SecondPersonRequiredError', reason: string, errorCode: ErrorCode, message: string }
   };

export type RecordCaseDisbursementMutationVariables = Exact<{
  input: RecordCaseDisbursementInput;
}>;


export type RecordCaseDisbursementMutation = { recordCaseDisbursement:
    | { __typename: 'CaseConflictOfInterestError', actingAs: string, filingId: string, adviserId: string | null, personId: string | null, field: string | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CaseHelp', id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> }
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase:
    | { __typename: 'CaseConflictOfInterestError', actingAs: string, filingId: string, adviserId: string | null, personId: string | null, field: string | null, errorCode: ErrorCode, message: string }
    | { __typename: 'CaseHelp', id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> }
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type RecordDishonestyMutationVariables = Exact<{
  input: RecordDishonestyInput;
}>;


export type RecordDishonestyMutation = { recordDishonesty:
    | { __typename: 'DishonestyRecord', id: string, subject: string, reason: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type CaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseByIdQuery = { caseHelp: { id: string, householdId: string, streetCode: string, step: CaseStep, origin: CaseOrigin, helpFirst: boolean, fastTrack: boolean, openTasks: Array<CaseTask>, homeVisitOn: string | null, panelOutcome: PanelOutcome | null, approvedAmount: number | null, decisionStatus: CaseDecisionStatus | null, decidedBy: string | null, decidedRole: string | null, paymentId: string | null, followUpDueOn: string | null, followUpRecordId: string | null, closedAt: string | null, version: number, panelMembers: Array<{ name: string, role: PanelRole, chair: boolean, adviserId: string | null, personId: string | null, idNumberMasked: string | null }>, history: Array<{ fromStep: CaseStep | null, toStep: CaseStep, kind: CaseEventKind, actorId: string, actorRole: string }>, dishonestyHits: Array<{ recordId: string, subject: string, reason: string, source: string, checkedAt: CaseStep }> } };

export type CasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, step: CaseStep, history: Array<{ kind: CaseEventKind }>, panelMembers: Array<{ name: string }>, household: { id: string } | null } }> } };

export type CaseStatisticsQueryVariables = Exact<{
  districtCode?: string | null | undefined;
}>;


export type CaseStatisticsQuery = { caseStatistics: Array<{ streetCode: string, step: CaseStep, cases: number | null, suppressed: boolean }> };

export type CaseVisitScheduleQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseVisitScheduleQuery = { household: { visitSchedule: { nextDue: string | null, reason: VisitReason | null } | null } | null };

export type ActingPersonPartsFragment = { id: string, name: string, kind: ActingPersonKind, streetCodes: Array<string>, idNumberMasked: string, active: boolean, nearRelativeFilings: Array<{ id: string, personId: string, relativeName: string, relativeIdNumberMasked: string, relation: NearRelation, filedOn: string, withdrawnAt: string | null, withdrawnBy: string | null, withdrawReason: string | null }> | null };

export type RegisterActingPersonMutationVariables = Exact<{
  input: RegisterActingPersonInput;
}>;


export type RegisterActingPersonMutation = { registerActingPerson:
    | { __typename: 'ActingPerson', id: string, name: string, kind: ActingPersonKind, streetCodes: Array<string>, idNumberMasked: string, active: boolean, nearRelativeFilings: Array<{ id: string, personId: string, relativeName: string, relativeIdNumberMasked: string, relation: NearRelation, filedOn: string, withdrawnAt: string | null, withdrawnBy: string | null, withdrawReason: string | null }> | null }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

type PersonFilingResult_InputValidationError_Fragment = { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> };

type PersonFilingResult_InvalidTransitionError_Fragment = { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string };

type PersonFilingResult_NotFoundError_Fragment = { __typename: 'NotFoundError', errorCode: ErrorCode, message: string };

type PersonFilingResult_PersonNearRelativeFiling_Fragment = { __typename: 'PersonNearRelativeFiling', id: string, personId: string, relativeName: string, relativeIdNumberMasked: string, relation: NearRelation, filedOn: string, filedBy: string, withdrawnAt: string | null, withdrawnBy: string | null, withdrawReason: string | null };

export type PersonFilingResultFragment =
  | PersonFilingResult_InputValidationError_Fragment
  | PersonFilingResult_InvalidTransitionError_Fragment
  | PersonFilingResult_NotFoundError_Fragment
  | PersonFilingResult_PersonNearRelativeFiling_Fragment
;

export type FilePersonNearRelativeMutationVariables = Exact<{
  input: FilePersonNearRelativeInput;
}>;


export type FilePersonNearRelativeMutation = { filePersonNearRelative:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'PersonNearRelativeFiling', id: string, personId: string, relativeName: string, relativeIdNumberMasked: string, relation: NearRelation, filedOn: string, filedBy: string, withdrawnAt: string | null, withdrawnBy: string | null, withdrawReason: string | null }
   };

export type WithdrawPersonNearRelativeMutationVariables = Exact<{
  input: WithdrawPersonNearRelativeInput;
}>;


export type WithdrawPersonNearRelativeMutation = { withdrawPersonNearRelative:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'PersonNearRelativeFiling', id: string, personId: string, relativeName: string, relativeIdNumberMasked: string, relation: NearRelation, filedOn: string, filedBy: string, withdrawnAt: string | null, withdrawnBy: string | null, withdrawReason: string | null }
   };

export type ActingPeopleQueryVariables = Exact<{
  filter?: ActingPersonFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActingPeopleQuery = { actingPeople: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: ActingPersonKind, streetCodes: Array<string>, idNumberMasked: string, active: boolean, nearRelativeFilings: Array<{ id: string, personId: string, relativeName: string, relativeIdNumberMasked: string, relation: NearRelation, filedOn: string, withdrawnAt: string | null, withdrawnBy: string | null, withdrawReason: string | null }> | null } }> } };

export type ActingPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type ActingPersonQuery = { actingPerson: { id: string, name: string, kind: ActingPersonKind, streetCodes: Array<string>, idNumberMasked: string, active: boolean, nearRelativeFilings: Array<{ id: string, personId: string, relativeName: string, relativeIdNumberMasked: string, relation: NearRelation, filedOn: string, withdrawnAt: string | null, withdrawnBy: string | null, withdrawReason: string | null }> | null } };

export type SetActingPersonActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetActingPersonActiveMutation = { setActingPersonActive:
    | { __typename: 'ActingPerson', id: string, active: boolean }
    | { __typename: 'InputValidationError' }
    | { __typename: 'NotFoundError' }
   };

export type ResourcePartsFragment = { id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } };

type ResourceFailure_CaseConflictOfInterestError_Fragment = { errorCode: ErrorCode, message: string };

type ResourceFailure_ConflictError_Fragment = { errorCode: ErrorCode, message: string };

type ResourceFailure_ConflictOfInterestError_Fragment = { errorCode: ErrorCode, message: string };

type ResourceFailure_FollowUpContinuesError_Fragment = { errorCode: ErrorCode, message: string };

type ResourceFailure_InputValidationError_Fragment = { errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> };

type ResourceFailure_InsufficientFundsError_Fragment = { errorCode: ErrorCode, message: string };

type ResourceFailure_InvalidTransitionError_Fragment = { from: string, to: string, errorCode: ErrorCode, message: string };

type ResourceFailure_NotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type ResourceFailure_ResourceAtCapacityError_Fragment = { errorCode: ErrorCode, message: string };

type ResourceFailure_SecondPersonRequiredError_Fragment = { errorCode: ErrorCode, message: string };

type ResourceFailure_WarningBatchRejected_Fragment = { errorCode: ErrorCode, message: string };

export type ResourceFailureFragment =
  | ResourceFailure_CaseConflictOfInterestError_Fragment
  | ResourceFailure_ConflictError_Fragment
  | ResourceFailure_ConflictOfInterestError_Fragment
  | ResourceFailure_FollowUpContinuesError_Fragment
  | ResourceFailure_InputValidationError_Fragment
  | ResourceFailure_InsufficientFundsError_Fragment
  | ResourceFailure_InvalidTransitionError_Fragment
  | ResourceFailure_NotFoundError_Fragment
  | ResourceFailure_ResourceAtCapacityError_Fragment
  | ResourceFailure_SecondPersonRequiredError_Fragment
  | ResourceFailure_WarningBatchRejected_Fragment
;

export type CatalogueResourcesQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type CatalogueResourcesQuery = { resources: { totalItems: number, items: Array<{ id: string, code: string, status: ResourceStatus, providerId: string, tier: Tier, figuresVerified: boolean, needCodes: Array<string>, nameZh: string, geoScope: { level: ScopeLevel, codes: Array<string> } }> } };

export type CatalogueResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogueResourceQuery = { resource: { id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, eligibilitySummary: { zh: string, en: string, minimumAge: number | null, maximumAge: number | null }, needs: Array<{ code: string, nameZh: string }>, provider: { id: string, nameZh: string, type: ProviderType }, geoScope: { level: ScopeLevel, codes: Array<string> } } | null };

export type CatalogueResourceHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogueResourceHistoryQuery = { resource: { id: string, status: ResourceStatus, history: Array<{ action: ResourceAction, actorId: string, actorRole: string, fromStatus: ResourceStatus | null, toStatus: ResourceStatus | null, changes: unknown, note: string | null, resourceVersion: number, at: string }> } | null };

export type CatalogueNeedCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueNeedCodesQuery = { needCodes: Array<{ code: string, key: string, nameZh: string, nameEn: string, category: string, form: string }> };

export type CatalogueDibaoStandardsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueDibaoStandardsQuery = { dibaoStandards: Array<{ effectiveFrom: string, dibaoStandard: number, minorMultiplier: number, edgeMultiplier: number, verified: boolean, source: string | null }> };

export type CatalogueProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueProvidersQuery = { providers: Array<{ id: string, nameZh: string, nameEn: string, type: ProviderType, verificationStatus: VerificationStatus, serviceArea: { level: ScopeLevel, codes: Array<string> } }> };

export type CatalogueProviderQueryVariables = Exact<{
  id: string | number;
}>;


export type CatalogueProviderQuery = { provider: { id: string, nameZh: string, type: ProviderType } | null };

export type CatalogueCheckEligibilityQueryVariables = Exact<{
  householdId: string | number;
  resourceId: string | number;
}>;


export type CatalogueCheckEligibilityQuery = { checkEligibility:
    | { __typename: 'EligibilityCheck', householdId: string, resourceId: string, result: EligibilityResult, asOf: string, trace: Array<{ depth: number, path: string, result: EligibilityResult, zh: string, en: string, member: number | null }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type CatalogueCreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type CatalogueCreateResourceMutation = { createResource:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type CatalogueUpdateResourceMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type CatalogueUpdateResourceMutation = { updateResource:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type CatalogueSubmitResourceMutationVariables = Exact<{
  input: ResourceTransitionInput;
}>;


export type CatalogueSubmitResourceMutation = { submitResource:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type CataloguePublishResourceMutationVariables = Exact<{
  input: ResourceTransitionInput;
}>;


export type CataloguePublishResourceMutation = { publishResource:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type CatalogueReturnResourceMutationVariables = Exact<{
  input: ResourceTransitionInput;
}>;


export type CatalogueReturnResourceMutation = { returnResource:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type CatalogueSuspendResourceMutationVariables = Exact<{
  input: ResourceTransitionInput;
}>;


export type CatalogueSuspendResourceMutation = { suspendResource:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type CatalogueResumeResourceMutationVariables = Exact<{
  input: ResourceTransitionInput;
}>;


export type CatalogueResumeResourceMutation = { resumeResource:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type CatalogueRetireResourceMutationVariables = Exact<{
  input: ResourceTransitionInput;
}>;


export type CatalogueRetireResourceMutation = { retireResource:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type CatalogueUpdateResourceCapacityMutationVariables = Exact<{
  input: UpdateCapacityInput;
}>;


export type CatalogueUpdateResourceCapacityMutation = { updateResourceCapacity:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Resource', id: string, code: string, version: number, status: ResourceStatus, statusNote: string | null, providerId: string, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, tier: Tier, tierOverride: Tier | null, form: ResourceForm, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, remaining: number | null, period: string | null, eligibility: unknown, figuresVerified: boolean, validFrom: string | null, validTo: string | null, geoScope: { level: ScopeLevel, codes: Array<string> } }
   };

export type WindowFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type HouseholdsConnectionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type HouseholdsConnectionQuery = { households: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string, members: Array<{ name: string }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type ReferralsConnectionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ReferralsConnectionQuery = { referrals: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type WarningsConnectionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type WarningsConnectionQuery = { warningList: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type ServiceRecordsConnectionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ServiceRecordsConnectionQuery = { serviceRecords: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type AdvisersConnectionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdvisersConnectionQuery = { advisers: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type ResourcesConnectionQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ResourcesConnectionQuery = { resources: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type AccessAuditConnectionQueryVariables = Exact<{
  filter?: AccessAuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AccessAuditConnectionQuery = { accessAudit: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type DueVisitsConnectionQueryVariables = Exact<{
  until: string;
  streetCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DueVisitsConnectionQuery = { dueVisits: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type DueReassessmentsConnectionQueryVariables = Exact<{
  until: string;
  streetCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DueReassessmentsConnectionQuery = { dueReassessments: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type OverdueVisitsConnectionQueryVariables = Exact<{
  streetCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type OverdueVisitsConnectionQuery = { overdueVisits: { totalCount: number, totalCountKind: CountKind, totalItems: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, items: Array<{ id: string }> } };

export type FundFieldsFragment = { id: string, code: string, level: FundLevel, districtCode: string, streetCode: string | null, source: FundSource, purposes: Array<FundPurpose>, balance: number, committed: number, paid: number };

export type PaymentFieldsFragment = { id: string, fundId: string, householdId: string, planItemId: string | null, purpose: FundPurpose, amount: number, method: PaymentMethod, status: FundPaymentStatus, enteredAfterwards: boolean, paidOn: string | null, requestedBy: string, decidedBy: string | null, decidedRole: string | null, fourEyesOverride: boolean };

export type CreateFundMutationVariables = Exact<{
  input: CreateFundInput;
}>;


export type CreateFundMutation = { createFund:
    | { __typename: 'Fund', id: string, code: string, level: FundLevel, districtCode: string, streetCode: string | null, source: FundSource, purposes: Array<FundPurpose>, balance: number, committed: number, paid: number }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, fieldErrors: Array<{ field: string, reason: string }> }
   };

export type DepositToFundMutationVariables = Exact<{
  input: DepositToFundInput;
}>;


export type DepositToFundMutation = { depositToFund:
    | { __typename: 'Fund', id: string, code: string, level: FundLevel, districtCode: string, streetCode: string | null, source: FundSource, purposes: Array<FundPurpose>, balance: number, committed: number, paid: number }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type PayFromFundMutationVariables = Exact<{
  input: PayFromFundInput;
}>;


export type PayFromFundMutation = { payFromFund:
    | { __typename: 'FundPayment', id: string, fundId: string, householdId: string, planItemId: string | null, purpose: FundPurpose, amount: number, method: PaymentMethod, status: FundPaymentStatus, enteredAfterwards: boolean, paidOn: string | null, requestedBy: string, decidedBy: string | null, decidedRole: string | null, fourEyesOverride: boolean }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InsufficientFundsError', errorCode: ErrorCode, requested: number, available: number }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, entity: string }
   };

export type DecideFundPaymentMutationVariables = Exact<{
  input: DecideFundPaymentInput;
}>;


export type DecideFundPaymentMutation = { decideFundPayment:
    | { __typename: 'ConflictOfInterestError', errorCode: ErrorCode, message: string }
    | { __typename: 'FundPayment', id: string, fundId: string, householdId: string, planItemId: string | null, purpose: FundPurpose, amount: number, method: PaymentMethod, status: FundPaymentStatus, enteredAfterwards: boolean, paidOn: string | null, requestedBy: string, decidedBy: string | null, decidedRole: string | null, fourEyesOverride: boolean }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'SecondPersonRequiredError', errorCode: ErrorCode, decision: FourEyesDecision, reason: string, message: string }
   };

export type FileCardCustodyMutationVariables = Exact<{
  input: FileCardCustodyInput;
}>;


export type FileCardCustodyMutation = { fileCardCustody:
    | { __typename: 'CardCustodyFiling', id: string, householdId: string, holderKind: CardCustodyHolder, cardLast4: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode }
    | { __typename: 'NotFoundError', errorCode: ErrorCode }
   };

export type SetFourEyesRuleMutationVariables = Exact<{
  input: SetFourEyesRuleInput;
}>;


export type SetFourEyesRuleMutation = { setFourEyesRule:
    | { __typename: 'FourEyesRule', districtCode: string, decision: FourEyesDecision, secondPerson: boolean, isDefault: boolean }
    | { __typename: 'InputValidationError', fieldErrors: Array<{ field: string, reason: string }> }
   };

export type FourEyesRulesQueryVariables = Exact<{
  districtCode: string;
}>;


export type FourEyesRulesQuery = { fourEyesRules: Array<{ decision: FourEyesDecision, secondPerson: boolean, isDefault: boolean }> };

export type FundsQueryVariables = Exact<{
  districtCode?: string | null | undefined;
}>;


export type FundsQuery = { funds: Array<{ id: string, code: string, level: FundLevel, districtCode: string, streetCode: string | null, source: FundSource, purposes: Array<FundPurpose>, balance: number, committed: number, paid: number }> };

export type FundByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type FundByIdQuery = { fund: { id: string, code: string, level: FundLevel, districtCode: string, streetCode: string | null, source: FundSource, purposes: Array<FundPurpose>, balance: number, committed: number, paid: number } };

export type FundPaymentsQueryVariables = Exact<{
  fundId?: string | number | null | undefined;
  householdId?: string | number | null | undefined;
  status?: FundPaymentStatus | null | undefined;
}>;


export type FundPaymentsQuery = { fundPayments: Array<{ id: string, fundId: string, householdId: string, planItemId: string | null, purpose: FundPurpose, amount: number, method: PaymentMethod, status: FundPaymentStatus, enteredAfterwards: boolean, paidOn: string | null, requestedBy: string, decidedBy: string | null, decidedRole: string | null, fourEyesOverride: boolean }> };

export type FundUseStatisticsQueryVariables = Exact<{
  month?: string | null | undefined;
  districtCode?: string | null | undefined;
}>;


export type FundUseStatisticsQuery = { fundUseStatistics: Array<{ source: FundSource, purpose: FundPurpose, payments: number | null, households: number | null, amount: number | null, suppressed: boolean }> };

export type ApprovePlanFourEyesMutationVariables = Exact<{
  planId: string | number;
}>;


export type ApprovePlanFourEyesMutation = { approvePlan:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'ConflictOfInterestError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Plan', id: string, status: PlanStatus, approvedBy: string | null, approvedRole: string | null, items: Array<{ id: string, kind: PlanItemKind, resourceCode: string }> }
    | { __typename: 'SecondPersonRequiredError', errorCode: ErrorCode, decision: FourEyesDecision, reason: string, message: string }
   };

export type HouseholdPartsFragment = { id: string, version: number, status: HouseholdStatus, streetCode: string, address: string, neighbourhood: string | null, registeredElsewhere: boolean | null, monthlyIncomeTotal: number | null, memberCount: number, currentCategories: Array<AssistanceCategory>, street: { code: string, nameZh: string }, district: { code: string, nameZh: string }, housing: { floor: number | null, hasElevator: boolean | null, tenure: Tenure | null, livingAreaSqm: number | null, monthlyRent: number | null, condition: HousingCondition | null }, economics: { incomeWages: number | null, incomePensions: number | null, incomeBenefits: number | null, liquidAssets: number | null, rigidMedical: number | null, arrears: ArrearsLevel | null }, observations: { guardianship: Guardianship | null, kinSupport: KinSupport | null, carerStrain: CarerStrain | null }, consents: { dataSharing: boolean | null, dataSharingDate: string | null, charityReferral: boolean | null, charityReferralDate: string | null }, categories: Array<{ category: AssistanceCategory, since: string | null, until: string | null, evidence: string | null }>, assistanceEvents: Array<{ kind: AssistanceEventKind, scheme: AssistanceScheme, date: string, amount: number | null }>, lifeEvents: Array<{ kind: LifeEventKind, date: string }>, members: Array<{ id: string, name: string, idNumberMasked: string, relation: Relation | null, birthDate: string | null, sex: Sex | null, age: number | null, hukou: Hukou | null, disabilityGrade: number | null, careNeedsGrade: number | null, employmentStatus: EmploymentStatus | null, specialStatuses: Array<SpecialStatus> | null, fatherSituation: ParentSituation | null, motherSituation: ParentSituation | null, socialInsured: boolean | null, medicalInsured: boolean | null, unemploymentInsured: boolean | null, unionMember: boolean | null }> };

export type MemberPartsFragment = { id: string, name: string, idNumberMasked: string, relation: Relation | null, birthDate: string | null, sex: Sex | null, age: number | null, hukou: Hukou | null, disabilityGrade: number | null, careNeedsGrade: number | null, employmentStatus: EmploymentStatus | null, specialStatuses: Array<SpecialStatus> | null, fatherSituation: ParentSituation | null, motherSituation: ParentSituation | null, socialInsured: boolean | null, medicalInsured: boolean | null, unemploymentInsured: boolean | null, unionMember: boolean | null };

type Failure_CaseConflictOfInterestError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_ConflictError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_ConflictOfInterestError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_FollowUpContinuesError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_InputValidationError_Fragment = { errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> };

type Failure_InsufficientFundsError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_InvalidTransitionError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_NotFoundError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_ResourceAtCapacityError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_SecondPersonRequiredError_Fragment = { errorCode: ErrorCode, message: string };

type Failure_WarningBatchRejected_Fragment = { errorCode: ErrorCode, message: string };

export type FailureFragment =
  | Failure_CaseConflictOfInterestError_Fragment
  | Failure_ConflictError_Fragment
  | Failure_ConflictOfInterestError_Fragment
  | Failure_FollowUpContinuesError_Fragment
  | Failure_InputValidationError_Fragment
  | Failure_InsufficientFundsError_Fragment
  | Failure_InvalidTransitionError_Fragment
  | Failure_NotFoundError_Fragment
  | Failure_ResourceAtCapacityError_Fragment
  | Failure_SecondPersonRequiredError_Fragment
  | Failure_WarningBatchRejected_Fragment
;

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, role: Role, streetCodes: Array<string>, providerId: string | null } };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { districts: Array<{ code: string, nameZh: string, nameEn: string, streets: Array<{ code: string, nameZh: string, kind: string }> }> };

export type HouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdQuery = { household: { id: string, version: number, status: HouseholdStatus, streetCode: string, address: string, neighbourhood: string | null, registeredElsewhere: boolean | null, monthlyIncomeTotal: number | null, memberCount: number, currentCategories: Array<AssistanceCategory>, street: { code: string, nameZh: string }, district: { code: string, nameZh: string }, housing: { floor: number | null, hasElevator: boolean | null, tenure: Tenure | null, livingAreaSqm: number | null, monthlyRent: number | null, condition: HousingCondition | null }, economics: { incomeWages: number | null, incomePensions: number | null, incomeBenefits: number | null, liquidAssets: number | null, rigidMedical: number | null, arrears: ArrearsLevel | null }, observations: { guardianship: Guardianship | null, kinSupport: KinSupport | null, carerStrain: CarerStrain | null }, consents: { dataSharing: boolean | null, dataSharingDate: string | null, charityReferral: boolean | null, charityReferralDate: string | null }, categories: Array<{ category: AssistanceCategory, since: string | null, until: string | null, evidence: string | null }>, assistanceEvents: Array<{ kind: AssistanceEventKind, scheme: AssistanceScheme, date: string, amount: number | null }>, lifeEvents: Array<{ kind: LifeEventKind, date: string }>, members: Array<{ id: string, name: string, idNumberMasked: string, relation: Relation | null, birthDate: string | null, sex: Sex | null, age: number | null, hukou: Hukou | null, disabilityGrade: number | null, careNeedsGrade: number | null, employmentStatus: EmploymentStatus | null, specialStatuses: Array<SpecialStatus> | null, fatherSituation: ParentSituation | null, motherSituation: ParentSituation | null, socialInsured: boolean | null, medicalInsured: boolean | null, unemploymentInsured: boolean | null, unionMember: boolean | null }> } | null };

export type HouseholdWithIdNumbersQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdWithIdNumbersQuery = { household: { id: string, members: Array<{ id: string, idNumber: string, idNumberMasked: string }> } | null };

export type HouseholdsQueryVariables = Exact<{
  filter?: HouseholdFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type HouseholdsQuery = { households: { totalItems: number, totalItemsKind: CountKind, items: Array<{ id: string, address: string, streetCode: string, memberCount: number }> } };

export type HouseholdsWithMembersQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type HouseholdsWithMembersQuery = { households: { totalItems: number, items: Array<{ id: string, currentCategories: Array<AssistanceCategory>, street: { nameZh: string }, district: { nameZh: string }, members: Array<{ id: string, name: string, idNumberMasked: string, age: number | null }> }> } };

export type CreateHouseholdMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type CreateHouseholdMutation = { createHousehold:
    | { __typename: 'Household', id: string, version: number, status: HouseholdStatus, streetCode: string, address: string, neighbourhood: string | null, registeredElsewhere: boolean | null, monthlyIncomeTotal: number | null, memberCount: number, currentCategories: Array<AssistanceCategory>, street: { code: string, nameZh: string }, district: { code: string, nameZh: string }, housing: { floor: number | null, hasElevator: boolean | null, tenure: Tenure | null, livingAreaSqm: number | null, monthlyRent: number | null, condition: HousingCondition | null }, economics: { incomeWages: number | null, incomePensions: number | null, incomeBenefits: number | null, liquidAssets: number | null, rigidMedical: number | null, arrears: ArrearsLevel | null }, observations: { guardianship: Guardianship | null, kinSupport: KinSupport | null, carerStrain: CarerStrain | null }, consents: { dataSharing: boolean | null, dataSharingDate: string | null, charityReferral: boolean | null, charityReferralDate: string | null }, categories: Array<{ category: AssistanceCategory, since: string | null, until: string | null, evidence: string | null }>, assistanceEvents: Array<{ kind: AssistanceEventKind, scheme: AssistanceScheme, date: string, amount: number | null }>, lifeEvents: Array<{ kind: LifeEventKind, date: string }>, members: Array<{ id: string, name: string, idNumberMasked: string, relation: Relation | null, birthDate: string | null, sex: Sex | null, age: number | null, hukou: Hukou | null, disabilityGrade: number | null, careNeedsGrade: number | null, employmentStatus: EmploymentStatus | null, specialStatuses: Array<SpecialStatus> | null, fatherSituation: ParentSituation | null, motherSituation: ParentSituation | null, socialInsured: boolean | null, medicalInsured: boolean | null, unemploymentInsured: boolean | null, unionMember: boolean | null }> }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
   };

export type UpdateHouseholdMutationVariables = Exact<{
  input: UpdateHouseholdInput;
}>;


export type UpdateHouseholdMutation = { updateHousehold:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'Household', id: string, version: number, status: HouseholdStatus, streetCode: string, address: string, neighbourhood: string | null, registeredElsewhere: boolean | null, monthlyIncomeTotal: number | null, memberCount: number, currentCategories: Array<AssistanceCategory>, street: { code: string, nameZh: string }, district: { code: string, nameZh: string }, housing: { floor: number | null, hasElevator: boolean | null, tenure: Tenure | null, livingAreaSqm: number | null, monthlyRent: number | null, condition: HousingCondition | null }, economics: { incomeWages: number | null, incomePensions: number | null, incomeBenefits: number | null, liquidAssets: number | null, rigidMedical: number | null, arrears: ArrearsLevel | null }, observations: { guardianship: Guardianship | null, kinSupport: KinSupport | null, carerStrain: CarerStrain | null }, consents: { dataSharing: boolean | null, dataSharingDate: string | null, charityReferral: boolean | null, charityReferralDate: string | null }, categories: Array<{ category: AssistanceCategory, since: string | null, until: string | null, evidence: string | null }>, assistanceEvents: Array<{ kind: AssistanceEventKind, scheme: AssistanceScheme, date: string, amount: number | null }>, lifeEvents: Array<{ kind: LifeEventKind, date: string }>, members: Array<{ id: string, name: string, idNumberMasked: string, relation: Relation | null, birthDate: string | null, sex: Sex | null, age: number | null, hukou: Hukou | null, disabilityGrade: number | null, careNeedsGrade: number | null, employmentStatus: EmploymentStatus | null, specialStatuses: Array<SpecialStatus> | null, fatherSituation: ParentSituation | null, motherSituation: ParentSituation | null, socialInsured: boolean | null, medicalInsured: boolean | null, unemploymentInsured: boolean | null, unionMember: boolean | null }> }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type ArchiveHouseholdMutationVariables = Exact<{
  input: ArchiveHouseholdInput;
}>;


export type ArchiveHouseholdMutation = { archiveHousehold:
    | { __typename: 'Household', id: string, status: HouseholdStatus, archiveReason: string | null }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'Member', id: string, name: string, idNumberMasked: string, relation: Relation | null, birthDate: string | null, sex: Sex | null, age: number | null, hukou: Hukou | null, disabilityGrade: number | null, careNeedsGrade: number | null, employmentStatus: EmploymentStatus | null, specialStatuses: Array<SpecialStatus> | null, fatherSituation: ParentSituation | null, motherSituation: ParentSituation | null, socialInsured: boolean | null, medicalInsured: boolean | null, unemploymentInsured: boolean | null, unionMember: boolean | null, household: { id: string, memberCount: number, version: number } }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'Member', id: string, name: string, idNumberMasked: string, relation: Relation | null, birthDate: string | null, sex: Sex | null, age: number | null, hukou: Hukou | null, disabilityGrade: number | null, careNeedsGrade: number | null, employmentStatus: EmploymentStatus | null, specialStatuses: Array<SpecialStatus> | null, fatherSituation: ParentSituation | null, motherSituation: ParentSituation | null, socialInsured: boolean | null, medicalInsured: boolean | null, unemploymentInsured: boolean | null, unionMember: boolean | null }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember:
    | { __typename: 'Household', id: string, memberCount: number, members: Array<{ id: string }> }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
   };

export type HsdsExportQueryVariables = Exact<{ [key: string]: never; }>;


export type HsdsExportQuery = { hsdsExport: unknown };

export type ImportHsdsMutationVariables = Exact<{
  providerId?: string | null | undefined;
  dataset: unknown;
}>;


export type ImportHsdsMutation = { importHsds:
    | { __typename: 'HsdsImportReport', providerId: string | null, unmappedFields: Array<string>, organizations: Array<{ path: string, hsdsOrganizationId: string, name: string, providerId: string, outcome: HsdsImportOutcome, unmappedFields: Array<string>, warnings: Array<string> }>, services: Array<{ path: string, resourceId: string, code: string, providerId: string, outcome: HsdsImportOutcome, hsdsServiceId: string, name: string, needCodes: Array<string>, unmappedTerms: Array<string>, placeholderNeed: boolean, unmappedFields: Array<string>, warnings: Array<string> }> }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
   };

export type HsdsResourcePartsFragment = { id: string, code: string, status: ResourceStatus, providerId: string, hsdsId: string | null, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, needCodes: Array<string>, eligibility: unknown, form: ResourceForm, capacityKind: CapacityKind, quota: number | null, period: string | null, processingDays: number | null, policyBasis: string | null, exclusiveGroup: string | null, statutoryFirst: boolean, validFrom: string | null, validTo: string | null, lastVerified: string | null, applicationChannel: string, requiredMaterials: Array<string>, url: string | null, email: string | null, languages: Array<string> | null, feesDescription: string | null, geoScope: { level: ScopeLevel, codes: Array<string> }, benefit: { amount: number | null, unit: string | null, cap: number | null, sessions: number | null, hours: number | null, descriptionZh: string | null, descriptionEn: string | null }, phones: Array<{ number: string, extension: number | null, type: PhoneType | null, description: string | null }> | null, contacts: Array<{ name: string | null, title: string | null, department: string | null, email: string | null, phones: Array<{ number: string }> }> | null, schedules: Array<{ days: Array<Weekday>, opensAt: string | null, closesAt: string | null, validFrom: string | null, validTo: string | null, description: string | null }> | null, costOptions: Array<{ option: string | null, amount: number | null, currency: string | null, amountDescription: string | null, validFrom: string | null, validTo: string | null }> | null, history: Array<{ action: ResourceAction, at: string, toStatus: ResourceStatus | null, actorRole: string, note: string | null, changes: unknown }> };

export type HsdsImportedResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type HsdsImportedResourceQuery = { resource: { id: string, code: string, status: ResourceStatus, providerId: string, hsdsId: string | null, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, needCodes: Array<string>, eligibility: unknown, form: ResourceForm, capacityKind: CapacityKind, quota: number | null, period: string | null, processingDays: number | null, policyBasis: string | null, exclusiveGroup: string | null, statutoryFirst: boolean, validFrom: string | null, validTo: string | null, lastVerified: string | null, applicationChannel: string, requiredMaterials: Array<string>, url: string | null, email: string | null, languages: Array<string> | null, feesDescription: string | null, geoScope: { level: ScopeLevel, codes: Array<string> }, benefit: { amount: number | null, unit: string | null, cap: number | null, sessions: number | null, hours: number | null, descriptionZh: string | null, descriptionEn: string | null }, phones: Array<{ number: string, extension: number | null, type: PhoneType | null, description: string | null }> | null, contacts: Array<{ name: string | null, title: string | null, department: string | null, email: string | null, phones: Array<{ number: string }> }> | null, schedules: Array<{ days: Array<Weekday>, opensAt: string | null, closesAt: string | null, validFrom: string | null, validTo: string | null, description: string | null }> | null, costOptions: Array<{ option: string | null, amount: number | null, currency: string | null, amountDescription: string | null, validFrom: string | null, validTo: string | null }> | null, history: Array<{ action: ResourceAction, at: string, toStatus: ResourceStatus | null, actorRole: string, note: string | null, changes: unknown }> } | null };

export type HsdsResourceCountQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
}>;


export type HsdsResourceCountQuery = { resources: { totalItems: number } };

export type HsdsSaveProviderMutationVariables = Exact<{
  input: ProviderInput;
}>;


export type HsdsSaveProviderMutation = { saveProvider:
    | { __typename: 'InputValidationError', fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'Provider', id: string, contact: { phone: string | null, email: string | null, address: string | null, postalCode: string | null, website: string | null }, contacts: Array<{ name: string | null, title: string | null, email: string | null, phones: Array<{ number: string, type: PhoneType | null }> }> | null }
   };

export type HsdsCreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type HsdsCreateResourceMutation = { createResource:
    | { __typename: 'InputValidationError', fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'Resource', id: string, code: string, status: ResourceStatus, providerId: string, hsdsId: string | null, nameZh: string, nameEn: string, descriptionZh: string, descriptionEn: string, needCodes: Array<string>, eligibility: unknown, form: ResourceForm, capacityKind: CapacityKind, quota: number | null, period: string | null, processingDays: number | null, policyBasis: string | null, exclusiveGroup: string | null, statutoryFirst: boolean, validFrom: string | null, validTo: string | null, lastVerified: string | null, applicationChannel: string, requiredMaterials: Array<string>, url: string | null, email: string | null, languages: Array<string> | null, feesDescription: string | null, geoScope: { level: ScopeLevel, codes: Array<string> }, benefit: { amount: number | null, unit: string | null, cap: number | null, sessions: number | null, hours: number | null, descriptionZh: string | null, descriptionEn: string | null }, phones: Array<{ number: string, extension: number | null, type: PhoneType | null, description: string | null }> | null, contacts: Array<{ name: string | null, title: string | null, department: string | null, email: string | null, phones: Array<{ number: string }> }> | null, schedules: Array<{ days: Array<Weekday>, opensAt: string | null, closesAt: string | null, validFrom: string | null, validTo: string | null, description: string | null }> | null, costOptions: Array<{ option: string | null, amount: number | null, currency: string | null, amountDescription: string | null, validFrom: string | null, validTo: string | null }> | null, history: Array<{ action: ResourceAction, at: string, toStatus: ResourceStatus | null, actorRole: string, note: string | null, changes: unknown }> }
   };

export type HouseholdsWithoutCountQueryVariables = Exact<{
  first?: number | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type HouseholdsWithoutCountQuery = { households: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HouseholdCountFragment = { totalCount: number };

export type HouseholdsCountInFragmentQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type HouseholdsCountInFragmentQuery = { households: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type DueVisitsWithoutCountQueryVariables = Exact<{
  streetCode?: string | null | undefined;
  until: string;
}>;


export type DueVisitsWithoutCountQuery = { dueVisits: { edges: Array<{ node: { householdId: string } }> } };

export type DueVisitsWithCountQueryVariables = Exact<{
  streetCode?: string | null | undefined;
  until: string;
}>;


export type DueVisitsWithCountQuery = { dueVisits: { totalCount: number, edges: Array<{ node: { householdId: string } }> } };

export type OutreachLeadPartsFragment = { id: string, householdId: string, streetCode: string, group: number, eligibility: OutreachEligibility | null, status: OutreachLeadStatus, adviserId: string | null, version: number, reasons: Array<{ ruleIds: Array<string>, zh: string, en: string, factsToAsk: Array<string> }> };

export type RunOutreachSweepMutationVariables = Exact<{
  input: SweepInput;
}>;


export type RunOutreachSweepMutation = { runOutreachSweep:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'OutreachSweepReport', level: OutreachSweepLevel, code: string | null, asOf: string, households: number, raised: number, unchanged: number, superseded: number, unassigned: number, raisedByGroup: Array<{ group: number, count: number }> }
   };

export type OutreachLeadsQueryVariables = Exact<{
  filter?: OutreachLeadFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OutreachLeadsQuery = { outreachLeads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, householdId: string, streetCode: string, group: number, eligibility: OutreachEligibility | null, status: OutreachLeadStatus, adviserId: string | null, version: number, household: { id: string, address: string } | null, history: Array<{ fromStatus: OutreachLeadStatus | null, toStatus: OutreachLeadStatus, actorId: string, note: string | null }>, reasons: Array<{ ruleIds: Array<string>, zh: string, en: string, factsToAsk: Array<string> }> } }> } };

export type RecordOutreachOutcomeMutationVariables = Exact<{
  input: RecordOutreachOutcomeInput;
}>;


export type RecordOutreachOutcomeMutation = { recordOutreachOutcome:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'OutreachLead', id: string, householdId: string, streetCode: string, group: number, eligibility: OutreachEligibility | null, status: OutreachLeadStatus, adviserId: string | null, version: number, history: Array<{ fromStatus: OutreachLeadStatus | null, toStatus: OutreachLeadStatus, actorId: string, note: string | null }>, reasons: Array<{ ruleIds: Array<string>, zh: string, en: string, factsToAsk: Array<string> }> }
   };

export type OutreachStatisticsQueryVariables = Exact<{
  districtCode?: string | null | undefined;
}>;


export type OutreachStatisticsQuery = { outreachStatistics: Array<{ streetCode: string, group: number, status: OutreachLeadStatus, leads: number | null, suppressed: boolean }> };

export type PendingApprovalsQueryVariables = Exact<{
  filter?: PendingApprovalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PendingApprovalsQuery = { pendingApprovals: { totalCount: number, totalCountKind: CountKind, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: FourEyesDecision, householdId: string, streetCode: string, waitingSince: string, amount: number | null, draftedBy: Array<string>, draftedByYou: boolean, mayApprove: boolean, reason: string | null } }> } };

export type PendingApprovalsNestedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PendingApprovalsNestedQuery = { pendingApprovals: { edges: Array<{ node: { id: string, kind: FourEyesDecision, mayApprove: boolean, household: { id: string, streetCode: string }, plan: { id: string, status: PlanStatus } | null, caseHelp: { id: string, step: CaseStep, decisionStatus: CaseDecisionStatus | null } | null, payment: { id: string, amount: number, status: FundPaymentStatus } | null } }> } };

export type CandidatePartsFragment = { resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> };

export type PlanPartsFragment = { id: string, householdId: string, version: number, status: PlanStatus, assessmentId: string | null, generatedBy: string, approvedBy: string | null, approvedRole: string | null, catalogueState: Array<{ resourceId: string, code: string, version: number }>, items: Array<{ id: string, position: number, kind: PlanItemKind, source: PlanItemSource, needCode: string, needIds: Array<string>, needCodes: Array<string>, resourceCode: string, tier: Tier, eligibilityResult: EligibilityResult, addedReason: string | null, rationale: Array<{ criterion: RankingCriterion, value: string | null, zh: string, en: string }>, eligibility: Array<{ result: EligibilityResult, zh: string }>, alternatives: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }>, expectedBenefit: { amount: number | null, cap: number | null, unit: string | null, sessions: number | null, zh: string, en: string }, resource: { id: string, code: string, providerId: string } | null, need: { id: string, status: NeedStatus } | null, needs: Array<{ id: string, code: string, status: NeedStatus }>, referral: { id: string, status: ReferralStatus } | null }>, removedItems: Array<{ id: string, resourceCode: string, removedReason: string | null, removedBy: string | null }>, unmet: Array<{ needId: string, needCode: string, urgency: NeedUrgency, zh: string, candidates: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }> }>, covered: Array<{ needId: string, needCode: string, reason: CoveredReason, resourceCode: string | null }>, changes: Array<{ kind: PlanChangeKind, needCode: string | null, from: string | null, to: string | null, zh: string, en: string }>, referrals: Array<{ id: string, status: ReferralStatus, needCode: string, needIds: Array<string>, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, answerDueAt: string, providerId: string, resourceId: string, needs: Array<{ id: string, code: string, status: NeedStatus }> }> };

export type GeneratePlanMutationVariables = Exact<{
  householdId: string | number;
}>;


export type GeneratePlanMutation = { generatePlan:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Plan', id: string, householdId: string, version: number, status: PlanStatus, assessmentId: string | null, generatedBy: string, approvedBy: string | null, approvedRole: string | null, catalogueState: Array<{ resourceId: string, code: string, version: number }>, items: Array<{ id: string, position: number, kind: PlanItemKind, source: PlanItemSource, needCode: string, needIds: Array<string>, needCodes: Array<string>, resourceCode: string, tier: Tier, eligibilityResult: EligibilityResult, addedReason: string | null, rationale: Array<{ criterion: RankingCriterion, value: string | null, zh: string, en: string }>, eligibility: Array<{ result: EligibilityResult, zh: string }>, alternatives: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }>, expectedBenefit: { amount: number | null, cap: number | null, unit: string | null, sessions: number | null, zh: string, en: string }, resource: { id: string, code: string, providerId: string } | null, need: { id: string, status: NeedStatus } | null, needs: Array<{ id: string, code: string, status: NeedStatus }>, referral: { id: string, status: ReferralStatus } | null }>, removedItems: Array<{ id: string, resourceCode: string, removedReason: string | null, removedBy: string | null }>, unmet: Array<{ needId: string, needCode: string, urgency: NeedUrgency, zh: string, candidates: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }> }>, covered: Array<{ needId: string, needCode: string, reason: CoveredReason, resourceCode: string | null }>, changes: Array<{ kind: PlanChangeKind, needCode: string | null, from: string | null, to: string | null, zh: string, en: string }>, referrals: Array<{ id: string, status: ReferralStatus, needCode: string, needIds: Array<string>, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, answerDueAt: string, providerId: string, resourceId: string, needs: Array<{ id: string, code: string, status: NeedStatus }> }> }
   };

export type RemovePlanItemMutationVariables = Exact<{
  input: RemovePlanItemInput;
}>;


export type RemovePlanItemMutation = { removePlanItem:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Plan', id: string, householdId: string, version: number, status: PlanStatus, assessmentId: string | null, generatedBy: string, approvedBy: string | null, approvedRole: string | null, catalogueState: Array<{ resourceId: string, code: string, version: number }>, items: Array<{ id: string, position: number, kind: PlanItemKind, source: PlanItemSource, needCode: string, needIds: Array<string>, needCodes: Array<string>, resourceCode: string, tier: Tier, eligibilityResult: EligibilityResult, addedReason: string | null, rationale: Array<{ criterion: RankingCriterion, value: string | null, zh: string, en: string }>, eligibility: Array<{ result: EligibilityResult, zh: string }>, alternatives: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }>, expectedBenefit: { amount: number | null, cap: number | null, unit: string | null, sessions: number | null, zh: string, en: string }, resource: { id: string, code: string, providerId: string } | null, need: { id: string, status: NeedStatus } | null, needs: Array<{ id: string, code: string, status: NeedStatus }>, referral: { id: string, status: ReferralStatus } | null }>, removedItems: Array<{ id: string, resourceCode: string, removedReason: string | null, removedBy: string | null }>, unmet: Array<{ needId: string, needCode: string, urgency: NeedUrgency, zh: string, candidates: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }> }>, covered: Array<{ needId: string, needCode: string, reason: CoveredReason, resourceCode: string | null }>, changes: Array<{ kind: PlanChangeKind, needCode: string | null, from: string | null, to: string | null, zh: string, en: string }>, referrals: Array<{ id: string, status: ReferralStatus, needCode: string, needIds: Array<string>, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, answerDueAt: string, providerId: string, resourceId: string, needs: Array<{ id: string, code: string, status: NeedStatus }> }> }
   };

export type AddPlanItemMutationVariables = Exact<{
  input: AddPlanItemInput;
}>;


export type AddPlanItemMutation = { addPlanItem:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Plan', id: string, householdId: string, version: number, status: PlanStatus, assessmentId: string | null, generatedBy: string, approvedBy: string | null, approvedRole: string | null, catalogueState: Array<{ resourceId: string, code: string, version: number }>, items: Array<{ id: string, position: number, kind: PlanItemKind, source: PlanItemSource, needCode: string, needIds: Array<string>, needCodes: Array<string>, resourceCode: string, tier: Tier, eligibilityResult: EligibilityResult, addedReason: string | null, rationale: Array<{ criterion: RankingCriterion, value: string | null, zh: string, en: string }>, eligibility: Array<{ result: EligibilityResult, zh: string }>, alternatives: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }>, expectedBenefit: { amount: number | null, cap: number | null, unit: string | null, sessions: number | null, zh: string, en: string }, resource: { id: string, code: string, providerId: string } | null, need: { id: string, status: NeedStatus } | null, needs: Array<{ id: string, code: string, status: NeedStatus }>, referral: { id: string, status: ReferralStatus } | null }>, removedItems: Array<{ id: string, resourceCode: string, removedReason: string | null, removedBy: string | null }>, unmet: Array<{ needId: string, needCode: string, urgency: NeedUrgency, zh: string, candidates: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }> }>, covered: Array<{ needId: string, needCode: string, reason: CoveredReason, resourceCode: string | null }>, changes: Array<{ kind: PlanChangeKind, needCode: string | null, from: string | null, to: string | null, zh: string, en: string }>, referrals: Array<{ id: string, status: ReferralStatus, needCode: string, needIds: Array<string>, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, answerDueAt: string, providerId: string, resourceId: string, needs: Array<{ id: string, code: string, status: NeedStatus }> }> }
   };

export type ApprovePlanMutationVariables = Exact<{
  planId: string | number;
}>;


export type ApprovePlanMutation = { approvePlan:
    | { __typename: 'ConflictError', errorCode: ErrorCode, message: string }
    | { __typename: 'ConflictOfInterestError', filedMembers: number, errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Plan', id: string, householdId: string, version: number, status: PlanStatus, assessmentId: string | null, generatedBy: string, approvedBy: string | null, approvedRole: string | null, catalogueState: Array<{ resourceId: string, code: string, version: number }>, items: Array<{ id: string, position: number, kind: PlanItemKind, source: PlanItemSource, needCode: string, needIds: Array<string>, needCodes: Array<string>, resourceCode: string, tier: Tier, eligibilityResult: EligibilityResult, addedReason: string | null, rationale: Array<{ criterion: RankingCriterion, value: string | null, zh: string, en: string }>, eligibility: Array<{ result: EligibilityResult, zh: string }>, alternatives: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }>, expectedBenefit: { amount: number | null, cap: number | null, unit: string | null, sessions: number | null, zh: string, en: string }, resource: { id: string, code: string, providerId: string } | null, need: { id: string, status: NeedStatus } | null, needs: Array<{ id: string, code: string, status: NeedStatus }>, referral: { id: string, status: ReferralStatus } | null }>, removedItems: Array<{ id: string, resourceCode: string, removedReason: string | null, removedBy: string | null }>, unmet: Array<{ needId: string, needCode: string, urgency: NeedUrgency, zh: string, candidates: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }> }>, covered: Array<{ needId: string, needCode: string, reason: CoveredReason, resourceCode: string | null }>, changes: Array<{ kind: PlanChangeKind, needCode: string | null, from: string | null, to: string | null, zh: string, en: string }>, referrals: Array<{ id: string, status: ReferralStatus, needCode: string, needIds: Array<string>, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, answerDueAt: string, providerId: string, resourceId: string, needs: Array<{ id: string, code: string, status: NeedStatus }> }> }
    | { __typename: 'SecondPersonRequiredError', errorCode: ErrorCode, message: string }
   };

export type PlanByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanByIdQuery = { plan: { id: string, householdId: string, version: number, status: PlanStatus, assessmentId: string | null, generatedBy: string, approvedBy: string | null, approvedRole: string | null, catalogueState: Array<{ resourceId: string, code: string, version: number }>, items: Array<{ id: string, position: number, kind: PlanItemKind, source: PlanItemSource, needCode: string, needIds: Array<string>, needCodes: Array<string>, resourceCode: string, tier: Tier, eligibilityResult: EligibilityResult, addedReason: string | null, rationale: Array<{ criterion: RankingCriterion, value: string | null, zh: string, en: string }>, eligibility: Array<{ result: EligibilityResult, zh: string }>, alternatives: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }>, expectedBenefit: { amount: number | null, cap: number | null, unit: string | null, sessions: number | null, zh: string, en: string }, resource: { id: string, code: string, providerId: string } | null, need: { id: string, status: NeedStatus } | null, needs: Array<{ id: string, code: string, status: NeedStatus }>, referral: { id: string, status: ReferralStatus } | null }>, removedItems: Array<{ id: string, resourceCode: string, removedReason: string | null, removedBy: string | null }>, unmet: Array<{ needId: string, needCode: string, urgency: NeedUrgency, zh: string, candidates: Array<{ resourceCode: string, tier: Tier, reason: CandidateReason, rank: number | null, needCode: string | null, decidedBy: RankingCriterion | null, zh: string, en: string, failedConditions: Array<{ result: EligibilityResult, zh: string, en: string }> }> }>, covered: Array<{ needId: string, needCode: string, reason: CoveredReason, resourceCode: string | null }>, changes: Array<{ kind: PlanChangeKind, needCode: string | null, from: string | null, to: string | null, zh: string, en: string }>, referrals: Array<{ id: string, status: ReferralStatus, needCode: string, needIds: Array<string>, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, answerDueAt: string, providerId: string, resourceId: string, needs: Array<{ id: string, code: string, status: NeedStatus }> }> } };

export type HouseholdPlansQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdPlansQuery = { household: { id: string, plan: { id: string, version: number, status: PlanStatus } | null, plans: Array<{ id: string, version: number, status: PlanStatus, changes: Array<{ kind: PlanChangeKind, needCode: string | null, from: string | null, to: string | null }> }>, needs: Array<{ id: string, code: string, status: NeedStatus, urgency: NeedUrgency, history: Array<{ fromStatus: NeedStatus | null, toStatus: NeedStatus, reason: string }> }> } | null };

export type HouseholdsPlansNestedQueryVariables = Exact<{
  filter?: HouseholdFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type HouseholdsPlansNestedQuery = { households: { items: Array<{ id: string, plan: { id: string, version: number, items: Array<{ id: string, resourceCode: string, resource: { code: string, provider: { nameZh: string } } | null, referral: { id: string, status: ReferralStatus, history: Array<{ toStatus: ReferralStatus }> } | null, needs: Array<{ code: string, status: NeedStatus }> }>, referrals: Array<{ id: string, status: ReferralStatus, needs: Array<{ code: string, status: NeedStatus }>, resource: { code: string } | null }>, assessment: { id: string, level: HardshipLevel } | null } | null }> } };

export type ReferralPartsFragment = { id: string, status: ReferralStatus, needCode: string, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, streetCode: string, providerId: string, resourceId: string, placeTaken: boolean, householdDeclined: boolean, issuedBy: string, answerDueAt: string, answeredAt: string | null, closedAt: string | null, outcome: ReferralOutcome | null, amountDelivered: number | null, sessionsDelivered: number | null, note: string | null, overdue: boolean, resource: { code: string, remaining: number | null } | null, needCodeInfo: { nameZh: string } | null, needCodeInfos: Array<{ code: string, nameZh: string }>, subject: { streetCode: string, neighbourhood: string | null, memberCount: number, referredBy: string, requiredFacts: Array<{ result: EligibilityResult, zh: string, en: string }>, expectedBenefit: { cap: number | null, zh: string } | null }, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, actorId: string, actorRole: string }> };

export type ReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ReferralsQuery = { referrals: { totalItems: number, items: Array<{ id: string, status: ReferralStatus, needCode: string, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, streetCode: string, providerId: string, resourceId: string, placeTaken: boolean, householdDeclined: boolean, issuedBy: string, answerDueAt: string, answeredAt: string | null, closedAt: string | null, outcome: ReferralOutcome | null, amountDelivered: number | null, sessionsDelivered: number | null, note: string | null, overdue: boolean, resource: { code: string, remaining: number | null } | null, needCodeInfo: { nameZh: string } | null, needCodeInfos: Array<{ code: string, nameZh: string }>, subject: { streetCode: string, neighbourhood: string | null, memberCount: number, referredBy: string, requiredFacts: Array<{ result: EligibilityResult, zh: string, en: string }>, expectedBenefit: { cap: number | null, zh: string } | null }, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, actorId: string, actorRole: string }> }> } };

export type ReferralByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralByIdQuery = { referral: { id: string, status: ReferralStatus, needCode: string, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, streetCode: string, providerId: string, resourceId: string, placeTaken: boolean, householdDeclined: boolean, issuedBy: string, answerDueAt: string, answeredAt: string | null, closedAt: string | null, outcome: ReferralOutcome | null, amountDelivered: number | null, sessionsDelivered: number | null, note: string | null, overdue: boolean, resource: { code: string, remaining: number | null } | null, needCodeInfo: { nameZh: string } | null, needCodeInfos: Array<{ code: string, nameZh: string }>, subject: { streetCode: string, neighbourhood: string | null, memberCount: number, referredBy: string, requiredFacts: Array<{ result: EligibilityResult, zh: string, en: string }>, expectedBenefit: { cap: number | null, zh: string } | null }, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, actorId: string, actorRole: string }> } };

export type ReferralWithHouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralWithHouseholdQuery = { referral: { id: string, household: { id: string, members: Array<{ idNumber: string }> } | null, need: { id: string, status: NeedStatus } | null } };

export type AcceptReferralMutationVariables = Exact<{
  input: ReferralStepInput;
}>;


export type AcceptReferralMutation = { acceptReferral:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Referral', id: string, status: ReferralStatus, needCode: string, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, streetCode: string, providerId: string, resourceId: string, placeTaken: boolean, householdDeclined: boolean, issuedBy: string, answerDueAt: string, answeredAt: string | null, closedAt: string | null, outcome: ReferralOutcome | null, amountDelivered: number | null, sessionsDelivered: number | null, note: string | null, overdue: boolean, resource: { code: string, remaining: number | null } | null, needCodeInfo: { nameZh: string } | null, needCodeInfos: Array<{ code: string, nameZh: string }>, subject: { streetCode: string, neighbourhood: string | null, memberCount: number, referredBy: string, requiredFacts: Array<{ result: EligibilityResult, zh: string, en: string }>, expectedBenefit: { cap: number | null, zh: string } | null }, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, actorId: string, actorRole: string }> }
    | { __typename: 'ResourceAtCapacityError', resourceId: string, resourceCode: string, reason: string, errorCode: ErrorCode, message: string }
   };

export type DeclineReferralMutationVariables = Exact<{
  input: ReferralReasonInput;
}>;


export type DeclineReferralMutation = { declineReferral:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Referral', id: string, status: ReferralStatus, needCode: string, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, streetCode: string, providerId: string, resourceId: string, placeTaken: boolean, householdDeclined: boolean, issuedBy: string, answerDueAt: string, answeredAt: string | null, closedAt: string | null, outcome: ReferralOutcome | null, amountDelivered: number | null, sessionsDelivered: number | null, note: string | null, overdue: boolean, resource: { code: string, remaining: number | null } | null, needCodeInfo: { nameZh: string } | null, needCodeInfos: Array<{ code: string, nameZh: string }>, subject: { streetCode: string, neighbourhood: string | null, memberCount: number, referredBy: string, requiredFacts: Array<{ result: EligibilityResult, zh: string, en: string }>, expectedBenefit: { cap: number | null, zh: string } | null }, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, actorId: string, actorRole: string }> }
    | { __typename: 'ResourceAtCapacityError', errorCode: ErrorCode, message: string }
   };

export type StartReferralMutationVariables = Exact<{
  input: ReferralStepInput;
}>;


export type StartReferralMutation = { startReferral:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Referral', id: string, status: ReferralStatus, needCode: string, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, streetCode: string, providerId: string, resourceId: string, placeTaken: boolean, householdDeclined: boolean, issuedBy: string, answerDueAt: string, answeredAt: string | null, closedAt: string | null, outcome: ReferralOutcome | null, amountDelivered: number | null, sessionsDelivered: number | null, note: string | null, overdue: boolean, resource: { code: string, remaining: number | null } | null, needCodeInfo: { nameZh: string } | null, needCodeInfos: Array<{ code: string, nameZh: string }>, subject: { streetCode: string, neighbourhood: string | null, memberCount: number, referredBy: string, requiredFacts: Array<{ result: EligibilityResult, zh: string, en: string }>, expectedBenefit: { cap: number | null, zh: string } | null }, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, actorId: string, actorRole: string }> }
    | { __typename: 'ResourceAtCapacityError', errorCode: ErrorCode, message: string }
   };

export type CompleteReferralMutationVariables = Exact<{
  input: CompleteReferralInput;
}>;


export type CompleteReferralMutation = { completeReferral:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Referral', id: string, status: ReferralStatus, needCode: string, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, streetCode: string, providerId: string, resourceId: string, placeTaken: boolean, householdDeclined: boolean, issuedBy: string, answerDueAt: string, answeredAt: string | null, closedAt: string | null, outcome: ReferralOutcome | null, amountDelivered: number | null, sessionsDelivered: number | null, note: string | null, overdue: boolean, resource: { code: string, remaining: number | null } | null, needCodeInfo: { nameZh: string } | null, needCodeInfos: Array<{ code: string, nameZh: string }>, subject: { streetCode: string, neighbourhood: string | null, memberCount: number, referredBy: string, requiredFacts: Array<{ result: EligibilityResult, zh: string, en: string }>, expectedBenefit: { cap: number | null, zh: string } | null }, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, actorId: string, actorRole: string }> }
    | { __typename: 'ResourceAtCapacityError', errorCode: ErrorCode, message: string }
   };

export type WithdrawReferralMutationVariables = Exact<{
  input: WithdrawReferralInput;
}>;


export type WithdrawReferralMutation = { withdrawReferral:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string }> }
    | { __typename: 'InvalidTransitionError', from: string, to: string, errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Referral', id: string, status: ReferralStatus, needCode: string, needCodes: Array<string>, urgency: NeedUrgency, issuedAt: string, streetCode: string, providerId: string, resourceId: string, placeTaken: boolean, householdDeclined: boolean, issuedBy: string, answerDueAt: string, answeredAt: string | null, closedAt: string | null, outcome: ReferralOutcome | null, amountDelivered: number | null, sessionsDelivered: number | null, note: string | null, overdue: boolean, resource: { code: string, remaining: number | null } | null, needCodeInfo: { nameZh: string } | null, needCodeInfos: Array<{ code: string, nameZh: string }>, subject: { streetCode: string, neighbourhood: string | null, memberCount: number, referredBy: string, requiredFacts: Array<{ result: EligibilityResult, zh: string, en: string }>, expectedBenefit: { cap: number | null, zh: string } | null }, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, reason: string | null, actorId: string, actorRole: string }> }
    | { __typename: 'ResourceAtCapacityError', errorCode: ErrorCode, message: string }
   };

export type ReferralStatisticsQueryVariables = Exact<{
  districtCode?: string | null | undefined;
}>;


export type ReferralStatisticsQuery = { referralStatistics: Array<{ providerId: string, status: ReferralStatus, referrals: number | null, suppressed: boolean }> };

export type PrintLinkMutationVariables = Exact<{
  planId: string | number;
}>;


export type PrintLinkMutation = { printLink:
    | { __typename: 'NotFoundError', errorCode: ErrorCode, entity: string }
    | { __typename: 'PrintLink', url: string, expiresAt: string }
   };

export type SharedCellFragment = { key: string, households: number | null, suppressed: boolean };

export type SharedUnmetNeedsQueryVariables = Exact<{
  level: ProjectScopeLevel;
  code: string;
  needCode?: string | null | undefined;
}>;


export type SharedUnmetNeedsQuery = { sharedUnmetNeeds: Array<{ needCode: string, households: number | null, open: number | null, noResource: number | null, suppressed: boolean, byLevel: Array<{ key: string, households: number | null, suppressed: boolean }>, byCircle: Array<{ key: string, households: number | null, suppressed: boolean }>, byCategory: Array<{ key: string, households: number | null, suppressed: boolean }>, byAgeBand: Array<{ key: string, households: number | null, suppressed: boolean }>, byDisability: Array<{ key: string, households: number | null, suppressed: boolean }>, bySizeBand: Array<{ key: string, households: number | null, suppressed: boolean }>, byConsent: Array<{ key: string, households: number | null, suppressed: boolean }> }> };

export type ProjectPartsFragment = { id: string, code: string, nameZh: string, needCode: string, scopeLevel: ProjectScopeLevel, scopeCode: string, resourceId: string, fundId: string, snapshot: unknown, createdBy: string, createdRole: string, createdAt: string, resource: { id: string, code: string, providerId: string, tier: Tier, status: ResourceStatus, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, geoScope: { level: ScopeLevel, codes: Array<string> } } | null, fund: { id: string, code: string, purposes: Array<FundPurpose>, level: FundLevel } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'Project', id: string, code: string, nameZh: string, needCode: string, scopeLevel: ProjectScopeLevel, scopeCode: string, resourceId: string, fundId: string, snapshot: unknown, createdBy: string, createdRole: string, createdAt: string, resource: { id: string, code: string, providerId: string, tier: Tier, status: ResourceStatus, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, geoScope: { level: ScopeLevel, codes: Array<string> } } | null, fund: { id: string, code: string, purposes: Array<FundPurpose>, level: FundLevel } | null }
   };

export type ProjectByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectByIdQuery = { project: { id: string, code: string, nameZh: string, needCode: string, scopeLevel: ProjectScopeLevel, scopeCode: string, resourceId: string, fundId: string, snapshot: unknown, createdBy: string, createdRole: string, createdAt: string, resource: { id: string, code: string, providerId: string, tier: Tier, status: ResourceStatus, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, geoScope: { level: ScopeLevel, codes: Array<string> } } | null, fund: { id: string, code: string, purposes: Array<FundPurpose>, level: FundLevel } | null } };

export type ProjectsQueryVariables = Exact<{
  level?: ProjectScopeLevel | null | undefined;
  code?: string | null | undefined;
}>;


export type ProjectsQuery = { projects: Array<{ id: string, code: string, nameZh: string, needCode: string, scopeLevel: ProjectScopeLevel, scopeCode: string, resourceId: string, fundId: string, snapshot: unknown, createdBy: string, createdRole: string, createdAt: string, resource: { id: string, code: string, providerId: string, tier: Tier, status: ResourceStatus, needCodes: Array<string>, capacityKind: CapacityKind, quota: number | null, geoScope: { level: ScopeLevel, codes: Array<string> } } | null, fund: { id: string, code: string, purposes: Array<FundPurpose>, level: FundLevel } | null }> };

export type ProposeProjectHouseholdsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProposeProjectHouseholdsQuery = { proposeProjectHouseholds: Array<{ householdId: string, streetCode: string, needId: string, needStatus: string, eligibility: string, charityReferralConsent: boolean | null, draftPlanId: string | null, planned: boolean, canPlan: boolean }> };

export type PlanProjectHouseholdMutationVariables = Exact<{
  input: PlanProjectHouseholdInput;
}>;


export type PlanProjectHouseholdMutation = { planProjectHousehold:
    | { __typename: 'InputValidationError', errorCode: ErrorCode, message: string, fieldErrors: Array<{ field: string, reason: string, message: string }> }
    | { __typename: 'InvalidTransitionError', errorCode: ErrorCode, message: string }
    | { __typename: 'NotFoundError', errorCode: ErrorCode, message: string }
    | { __typename: 'Plan', id: string, status: PlanStatus, items: Array<{ needCode: string, resourceCode: string, source: PlanItemSource, addedReason: string | null }> }
   };

export type ReferralsWithAdviserQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ReferralsWithAdviserQuery = { referrals: { totalItems: number, items: Array<{ id: string, issuedBy: string, referringAdviser: { id: string, name: string, phone: string | null, streetCode: string } | null }> } };

export type ReferralAdviserByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralAdviserByIdQuery = { referral: { id: string, referringAdviser: { name: string, phone: string | null } | null } };

export type WebhookEndpointPartsFragment = { id: string, ownerKind: WebhookOwnerKind, ownerId: string, url: string, events: Array<WebhookEventType>, active: boolean, createdBy: string, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null };

export type RegisterWebhookEndpointMutationVariables = Exact<{
  input: RegisterWebhookEndpointInput;
}>;


export type RegisterWebhookEndpointMutation = { registerWebhookEndpoint: { id: string, ownerKind: WebhookOwnerKind, ownerId: string, url: string, events: Array<WebhookEventType>, active: boolean, createdBy: string, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { id: string, ownerKind: WebhookOwnerKind, ownerId: string, url: string, events: Array<WebhookEventType>, active: boolean, createdBy: string, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null } };

export type DeactivateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateWebhookEndpointMutation = { deactivateWebhookEndpoint: { id: string, ownerKind: WebhookOwnerKind, ownerId: string, url: string, events: Array<WebhookEventType>, active: boolean, createdBy: string, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null } };

export type WebhookEndpointsQueryVariables = Exact<{
  take?: number | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, ownerKind: WebhookOwnerKind, ownerId: string, url: string, events: Array<WebhookEventType>, active: boolean, createdBy: string, createdAt: string, secretRotatedAt: string | null, deactivatedAt: string | null, deliveries: Array<{ id: string, eventId: string, endpointId: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string, createdAt: string, deliveredAt: string | null, log: Array<{ attempt: number, at: string, statusCode: number | null, error: string | null, durationMs: number }> }> }> };

export const AdviserPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdviserParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adviser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadMax"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<AdviserPartsFragment, unknown>;
export const SchedulePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"visitFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"reassessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"reassessOn"}},{"kind":"Field","name":{"kind":"Name","value":"reassessReason"}}]}}]} as unknown as DocumentNode<SchedulePartsFragment, unknown>;
export const AllocationClaimPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationClaimParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"waitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"givenInstead"}}]}}]} as unknown as DocumentNode<AllocationClaimPartsFragment, unknown>;
export const ProfilePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HardshipProfileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"deprivedDimensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"circle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"circle"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"}},{"kind":"Field","name":{"kind":"Name","value":"reassessMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReassessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"deprived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compositeMax"}},{"kind":"Field","name":{"kind":"Name","value":"deprivedDimensionCountMax"}},{"kind":"Field","name":{"kind":"Name","value":"levelMax"}},{"kind":"Field","name":{"kind":"Name","value":"levelDecided"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"missingIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"missingDimensions"}},{"kind":"Field","name":{"kind":"Name","value":"byDimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelSensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couldChangeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"decisive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfilePartsFragment, unknown>;
export const CasePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<CasePartsFragment, unknown>;
export const CaseFailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingAs"}},{"kind":"Field","name":{"kind":"Name","value":"filingId"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<CaseFailureFragment, unknown>;
export const ActingPersonPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActingPersonParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActingPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"streetCodes"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nearRelativeFilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"}},{"kind":"Field","name":{"kind":"Name","value":"relativeIdNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}}]}}]} as unknown as DocumentNode<ActingPersonPartsFragment, unknown>;
export const PersonFilingResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFilingResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonNearRelativeFilingResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonNearRelativeFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"}},{"kind":"Field","name":{"kind":"Name","value":"relativeIdNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PersonFilingResultFragment, unknown>;
export const ResourcePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<ResourcePartsFragment, unknown>;
export const ResourceFailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<ResourceFailureFragment, unknown>;
export const WindowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<WindowFragment, unknown>;
export const FundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]} as unknown as DocumentNode<FundFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAfterwards"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyesOverride"}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const MemberPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"hukou"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"careNeedsGrade"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"fatherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"motherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsured"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unionMember"}}]}}]} as unknown as DocumentNode<MemberPartsFragment, unknown>;
export const HouseholdPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"registeredElsewhere"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"housing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"hasElevator"}},{"kind":"Field","name":{"kind":"Name","value":"tenure"}},{"kind":"Field","name":{"kind":"Name","value":"livingAreaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeWages"}},{"kind":"Field","name":{"kind":"Name","value":"incomePensions"}},{"kind":"Field","name":{"kind":"Name","value":"incomeBenefits"}},{"kind":"Field","name":{"kind":"Name","value":"liquidAssets"}},{"kind":"Field","name":{"kind":"Name","value":"rigidMedical"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardianship"}},{"kind":"Field","name":{"kind":"Name","value":"kinSupport"}},{"kind":"Field","name":{"kind":"Name","value":"carerStrain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSharing"}},{"kind":"Field","name":{"kind":"Name","value":"dataSharingDate"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferral"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferralDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncomeTotal"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentCategories"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"hukou"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"careNeedsGrade"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"fatherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"motherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsured"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unionMember"}}]}}]} as unknown as DocumentNode<HouseholdPartsFragment, unknown>;
export const FailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FailureFragment, unknown>;
export const HsdsResourcePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HsdsResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"hsdsId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyBasis"}},{"kind":"Field","name":{"kind":"Name","value":"exclusiveGroup"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryFirst"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerified"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feesDescription"}},{"kind":"Field","name":{"kind":"Name","value":"costOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountDescription"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]} as unknown as DocumentNode<HsdsResourcePartsFragment, unknown>;
export const HouseholdCountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<HouseholdCountFragment, unknown>;
export const OutreachLeadPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachLeadParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}}]}}]} as unknown as DocumentNode<OutreachLeadPartsFragment, unknown>;
export const CandidatePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"failedConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<CandidatePartsFragment, unknown>;
export const PlanPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedRole"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityResult"}},{"kind":"Field","name":{"kind":"Name","value":"addedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"failedConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<PlanPartsFragment, unknown>;
export const ReferralPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"placeTaken"}},{"kind":"Field","name":{"kind":"Name","value":"householdDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<ReferralPartsFragment, unknown>;
export const SharedCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedFactCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<SharedCellFragment, unknown>;
export const ProjectPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ProjectPartsFragment, unknown>;
export const WebhookEndpointPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointPartsFragment, unknown>;
export const CreateAdviserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAdviser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdviserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdviser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adviser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdviserParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdviserParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adviser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadMax"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<CreateAdviserMutation, CreateAdviserMutationVariables>;
export const UpdateAdviserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAdviser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdviserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdviser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adviser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdviserParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdviserParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adviser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadMax"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<UpdateAdviserMutation, UpdateAdviserMutationVariables>;
export const FileNearRelativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileNearRelative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileNearRelativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileNearRelative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NearRelativeFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FileNearRelativeMutation, FileNearRelativeMutationVariables>;
export const AdviserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Adviser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adviser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdviserParts"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearRelativeFilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdviserParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adviser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadMax"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<AdviserQuery, AdviserQueryVariables>;
export const AdvisersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Advisers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdviserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}}]}}]}}]}}]} as unknown as DocumentNode<AdvisersQuery, AdvisersQueryVariables>;
export const AdvisersWithWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvisersWithWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdvisersWithWorkQuery, AdvisersWithWorkQueryVariables>;
export const AssignAdviserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAdviser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAdviserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAdviser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignAdviserMutation, AssignAdviserMutationVariables>;
export const UnassignAdviserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignAdviser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignAdviserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignAdviser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnassignAdviserMutation, UnassignAdviserMutationVariables>;
export const SuggestAdvisersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestAdvisers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestAdvisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedSpecialties"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"}},{"kind":"Field","name":{"kind":"Name","value":"spare"}}]}}]}}]} as unknown as DocumentNode<SuggestAdvisersQuery, SuggestAdvisersQueryVariables>;
export const AdviserServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdviserServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adviserServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}}]}}]}}]} as unknown as DocumentNode<AdviserServicesQuery, AdviserServicesQueryVariables>;
export const RecordServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"countsAsVisit"}},{"kind":"Field","name":{"kind":"Name","value":"needsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"needsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"factsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"followUpCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpContinuesError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"exitOn"}},{"kind":"Field","name":{"kind":"Name","value":"outOverAYearFrom"}},{"kind":"Field","name":{"kind":"Name","value":"stableIncomeRatio"}},{"kind":"Field","name":{"kind":"Name","value":"missingFacts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordServiceMutation, RecordServiceMutationVariables>;
export const ServiceRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceRecordsQuery, ServiceRecordsQueryVariables>;
export const HouseholdWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"economics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeWages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAdviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"visitFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"reassessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"reassessOn"}},{"kind":"Field","name":{"kind":"Name","value":"reassessReason"}}]}}]} as unknown as DocumentNode<HouseholdWorkQuery, HouseholdWorkQueryVariables>;
export const DueVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adviserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"adviserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adviserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleParts"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"visitFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"reassessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"reassessOn"}},{"kind":"Field","name":{"kind":"Name","value":"reassessReason"}}]}}]} as unknown as DocumentNode<DueVisitsQuery, DueVisitsQueryVariables>;
export const DueReassessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueReassessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adviserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueReassessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"adviserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adviserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduleParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"visitFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"reassessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"reassessOn"}},{"kind":"Field","name":{"kind":"Name","value":"reassessReason"}}]}}]} as unknown as DocumentNode<DueReassessmentsQuery, DueReassessmentsQueryVariables>;
export const OverdueVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adviserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adviserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adviserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<OverdueVisitsQuery, OverdueVisitsQueryVariables>;
export const IngestWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestWarningsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningBatchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningBatchRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IngestWarningsMutation, IngestWarningsMutationVariables>;
export const MatchWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"stillUnmatched"}}]}}]}}]} as unknown as DocumentNode<MatchWarningsMutation, MatchWarningsMutationVariables>;
export const CloseWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseWarningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Warning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloseWarningMutation, CloseWarningMutationVariables>;
export const WarningListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}}]}}]}}]}}]} as unknown as DocumentNode<WarningListQuery, WarningListQueryVariables>;
export const NeedStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<NeedStatisticsQuery, NeedStatisticsQueryVariables>;
export const AdviserWorkStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdviserWorkStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adviserWorkStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"adviserName"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadMax"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"}},{"kind":"Field","name":{"kind":"Name","value":"visitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"dueByEnd"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<AdviserWorkStatisticsQuery, AdviserWorkStatisticsQueryVariables>;
export const WarningTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<WarningTypesQuery, WarningTypesQueryVariables>;
export const SaveWarningTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWarningType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveWarningTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWarningType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarningType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveWarningTypeMutation, SaveWarningTypeMutationVariables>;
export const AllocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Allocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"exclusiveGroup"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placedCount"}},{"kind":"Field","name":{"kind":"Name","value":"queueLength"}},{"kind":"Field","name":{"kind":"Name","value":"placed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationClaimParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationClaimParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationClaimParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"waitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"givenInstead"}}]}}]} as unknown as DocumentNode<AllocateQuery, AllocateQueryVariables>;
export const ResourceQuotaPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceQuotaPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}}]}}]}}]}}]} as unknown as DocumentNode<ResourceQuotaPeriodsQuery, ResourceQuotaPeriodsQueryVariables>;
export const AssessHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"circle"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileParts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HardshipProfileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"deprivedDimensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"circle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"circle"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"}},{"kind":"Field","name":{"kind":"Name","value":"reassessMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReassessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"deprived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compositeMax"}},{"kind":"Field","name":{"kind":"Name","value":"deprivedDimensionCountMax"}},{"kind":"Field","name":{"kind":"Name","value":"levelMax"}},{"kind":"Field","name":{"kind":"Name","value":"levelDecided"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"missingIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"missingDimensions"}},{"kind":"Field","name":{"kind":"Name","value":"byDimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelSensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couldChangeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"decisive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessHouseholdMutation, AssessHouseholdMutationVariables>;
export const HouseholdProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"stillTriggered"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"allNeeds"},"name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HardshipProfileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"deprivedDimensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"circle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"circle"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"}},{"kind":"Field","name":{"kind":"Name","value":"reassessMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextReassessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"deprived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMin"}},{"kind":"Field","name":{"kind":"Name","value":"scoreMax"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compositeMax"}},{"kind":"Field","name":{"kind":"Name","value":"deprivedDimensionCountMax"}},{"kind":"Field","name":{"kind":"Name","value":"levelMax"}},{"kind":"Field","name":{"kind":"Name","value":"levelDecided"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"missingIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"missingDimensions"}},{"kind":"Field","name":{"kind":"Name","value":"byDimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelSensitivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couldChangeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"decisive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdProfileQuery, HouseholdProfileQueryVariables>;
export const PreviewAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}},{"kind":"Argument","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HardshipProfileView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewAssessmentQuery, PreviewAssessmentQueryVariables>;
export const AddNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddNeedMutation, AddNeedMutationVariables>;
export const ChangeNeedStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeNeedStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeNeedStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNeedStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeNeedStatusMutation, ChangeNeedStatusMutationVariables>;
export const ScoringModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"use"}},{"kind":"Field","name":{"kind":"Name","value":"consistencyRatio"}},{"kind":"Field","name":{"kind":"Name","value":"lambdaMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"when"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"visit"}},{"kind":"Field","name":{"kind":"Name","value":"reassessMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringModelsQuery, ScoringModelsQueryVariables>;
export const ScoringModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScoringModelQuery, ScoringModelQueryVariables>;
export const RegisterScoringModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterScoringModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerScoringModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterScoringModelMutation, RegisterScoringModelMutationVariables>;
export const ActivateScoringModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateScoringModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateScoringModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateScoringModelMutation, ActivateScoringModelMutationVariables>;
export const SimulateModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"activeModelId"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"levelChanged"}},{"kind":"Field","name":{"kind":"Name","value":"circleChanged"}},{"kind":"Field","name":{"kind":"Name","value":"byStreet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"levelChanged"}},{"kind":"Field","name":{"kind":"Name","value":"circleChanged"}}]}}]}}]}}]} as unknown as DocumentNode<SimulateModelQuery, SimulateModelQueryVariables>;
export const HardshipStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HardshipStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hardshipStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"circle"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<HardshipStatisticsQuery, HardshipStatisticsQueryVariables>;
export const HouseholdsWithProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsWithProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"composite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsWithProfilesQuery, HouseholdsWithProfilesQueryVariables>;
export const BatchRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchRunFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"chunkSize"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"}},{"kind":"Field","name":{"kind":"Name","value":"chunksLeft"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BatchRunsQuery, BatchRunsQueryVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingAs"}},{"kind":"Field","name":{"kind":"Name","value":"filingId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const AcceptCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingAs"}},{"kind":"Field","name":{"kind":"Name","value":"filingId"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AcceptCaseMutation, AcceptCaseMutationVariables>;
export const RecordCaseAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingAs"}},{"kind":"Field","name":{"kind":"Name","value":"filingId"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordCaseAssessmentMutation, RecordCaseAssessmentMutationVariables>;
export const RecordCasePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCasePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCasePanelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCasePanel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingAs"}},{"kind":"Field","name":{"kind":"Name","value":"filingId"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordCasePanelMutation, RecordCasePanelMutationVariables>;
export const DecideCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondPersonRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingAs"}},{"kind":"Field","name":{"kind":"Name","value":"filingId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<DecideCaseMutation, DecideCaseMutationVariables>;
export const RecordCaseDisbursementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseDisbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingAs"}},{"kind":"Field","name":{"kind":"Name","value":"filingId"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordCaseDisbursementMutation, RecordCaseDisbursementMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingAs"}},{"kind":"Field","name":{"kind":"Name","value":"filingId"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const RecordDishonestyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDishonesty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDishonestyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDishonesty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DishonestyRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDishonestyMutation, RecordDishonestyMutationVariables>;
export const CaseByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseParts"}},{"kind":"Field","name":{"kind":"Name","value":"panelMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStep"}},{"kind":"Field","name":{"kind":"Name","value":"toStep"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHelp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"helpFirst"}},{"kind":"Field","name":{"kind":"Name","value":"fastTrack"}},{"kind":"Field","name":{"kind":"Name","value":"openTasks"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"panelOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dishonestyHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<CaseByIdQuery, CaseByIdQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<CaseStatisticsQuery, CaseStatisticsQueryVariables>;
export const CaseVisitScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseVisitSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextDue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<CaseVisitScheduleQuery, CaseVisitScheduleQueryVariables>;
export const RegisterActingPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterActingPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterActingPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerActingPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActingPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActingPersonParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActingPersonParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActingPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"streetCodes"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nearRelativeFilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"}},{"kind":"Field","name":{"kind":"Name","value":"relativeIdNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}}]}}]} as unknown as DocumentNode<RegisterActingPersonMutation, RegisterActingPersonMutationVariables>;
export const FilePersonNearRelativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilePersonNearRelative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilePersonNearRelativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePersonNearRelative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFilingResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFilingResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonNearRelativeFilingResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonNearRelativeFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"}},{"kind":"Field","name":{"kind":"Name","value":"relativeIdNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<FilePersonNearRelativeMutation, FilePersonNearRelativeMutationVariables>;
export const WithdrawPersonNearRelativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPersonNearRelative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPersonNearRelativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPersonNearRelative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFilingResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFilingResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonNearRelativeFilingResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonNearRelativeFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"}},{"kind":"Field","name":{"kind":"Name","value":"relativeIdNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WithdrawPersonNearRelativeMutation, WithdrawPersonNearRelativeMutationVariables>;
export const ActingPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActingPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActingPersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActingPersonParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActingPersonParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActingPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"streetCodes"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nearRelativeFilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"}},{"kind":"Field","name":{"kind":"Name","value":"relativeIdNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}}]}}]} as unknown as DocumentNode<ActingPeopleQuery, ActingPeopleQueryVariables>;
export const ActingPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActingPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActingPersonParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActingPersonParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActingPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"streetCodes"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nearRelativeFilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"relativeName"}},{"kind":"Field","name":{"kind":"Name","value":"relativeIdNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}}]}}]} as unknown as DocumentNode<ActingPersonQuery, ActingPersonQueryVariables>;
export const SetActingPersonActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActingPersonActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActingPersonActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActingPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<SetActingPersonActiveMutation, SetActingPersonActiveMutationVariables>;
export const CatalogueResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueResourcesQuery, CatalogueResourcesQueryVariables>;
export const CatalogueResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilitySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<CatalogueResourceQuery, CatalogueResourceQueryVariables>;
export const CatalogueResourceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueResourceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resourceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueResourceHistoryQuery, CatalogueResourceHistoryQueryVariables>;
export const CatalogueNeedCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueNeedCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"form"}}]}}]}}]} as unknown as DocumentNode<CatalogueNeedCodesQuery, CatalogueNeedCodesQueryVariables>;
export const CatalogueDibaoStandardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueDibaoStandards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dibaoStandards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dibaoStandard"}},{"kind":"Field","name":{"kind":"Name","value":"minorMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"edgeMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<CatalogueDibaoStandardsQuery, CatalogueDibaoStandardsQueryVariables>;
export const CatalogueProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueProvidersQuery, CatalogueProvidersQueryVariables>;
export const CatalogueProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<CatalogueProviderQuery, CatalogueProviderQueryVariables>;
export const CatalogueCheckEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueCheckEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"member"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueCheckEligibilityQuery, CatalogueCheckEligibilityQueryVariables>;
export const CatalogueCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CatalogueCreateResourceMutation, CatalogueCreateResourceMutationVariables>;
export const CatalogueUpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueUpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CatalogueUpdateResourceMutation, CatalogueUpdateResourceMutationVariables>;
export const CatalogueSubmitResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueSubmitResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CatalogueSubmitResourceMutation, CatalogueSubmitResourceMutationVariables>;
export const CataloguePublishResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CataloguePublishResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CataloguePublishResourceMutation, CataloguePublishResourceMutationVariables>;
export const CatalogueReturnResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueReturnResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CatalogueReturnResourceMutation, CatalogueReturnResourceMutationVariables>;
export const CatalogueSuspendResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueSuspendResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CatalogueSuspendResourceMutation, CatalogueSuspendResourceMutationVariables>;
export const CatalogueResumeResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueResumeResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CatalogueResumeResourceMutation, CatalogueResumeResourceMutationVariables>;
export const CatalogueRetireResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueRetireResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CatalogueRetireResourceMutation, CatalogueRetireResourceMutationVariables>;
export const CatalogueUpdateResourceCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueUpdateResourceCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResourceCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierOverride"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"figuresVerified"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<CatalogueUpdateResourceCapacityMutation, CatalogueUpdateResourceCapacityMutationVariables>;
export const HouseholdsConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<HouseholdsConnectionQuery, HouseholdsConnectionQueryVariables>;
export const ReferralsConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ReferralsConnectionQuery, ReferralsConnectionQueryVariables>;
export const WarningsConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarningsConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<WarningsConnectionQuery, WarningsConnectionQueryVariables>;
export const ServiceRecordsConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRecordsConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ServiceRecordsConnectionQuery, ServiceRecordsConnectionQueryVariables>;
export const AdvisersConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvisersConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AdvisersConnectionQuery, AdvisersConnectionQueryVariables>;
export const ResourcesConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourcesConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ResourcesConnectionQuery, ResourcesConnectionQueryVariables>;
export const AccessAuditConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessAuditConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessAuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AccessAuditConnectionQuery, AccessAuditConnectionQueryVariables>;
export const DueVisitsConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueVisitsConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"householdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"householdId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DueVisitsConnectionQuery, DueVisitsConnectionQueryVariables>;
export const DueReassessmentsConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueReassessmentsConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueReassessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"householdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"householdId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DueReassessmentsConnectionQuery, DueReassessmentsConnectionQueryVariables>;
export const OverdueVisitsConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueVisitsConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"householdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Window"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"id"},"name":{"kind":"Name","value":"householdId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Window"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OverdueVisitsConnectionQuery, OverdueVisitsConnectionQueryVariables>;
export const CreateFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]} as unknown as DocumentNode<CreateFundMutation, CreateFundMutationVariables>;
export const DepositToFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepositToFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepositToFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositToFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]} as unknown as DocumentNode<DepositToFundMutation, DepositToFundMutationVariables>;
export const PayFromFundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayFromFund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayFromFundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payFromFund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsufficientFundsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAfterwards"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyesOverride"}}]}}]} as unknown as DocumentNode<PayFromFundMutation, PayFromFundMutationVariables>;
export const DecideFundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideFundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideFundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideFundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondPersonRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAfterwards"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyesOverride"}}]}}]} as unknown as DocumentNode<DecideFundPaymentMutation, DecideFundPaymentMutationVariables>;
export const FileCardCustodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileCardCustody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileCardCustodyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileCardCustody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardCustodyFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"holderKind"}},{"kind":"Field","name":{"kind":"Name","value":"cardLast4"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]} as unknown as DocumentNode<FileCardCustodyMutation, FileCardCustodyMutationVariables>;
export const SetFourEyesRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFourEyesRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFourEyesRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFourEyesRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FourEyesRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"secondPerson"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetFourEyesRuleMutation, SetFourEyesRuleMutationVariables>;
export const FourEyesRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FourEyesRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fourEyesRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"secondPerson"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<FourEyesRulesQuery, FourEyesRulesQueryVariables>;
export const FundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Funds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]} as unknown as DocumentNode<FundsQuery, FundsQueryVariables>;
export const FundByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]} as unknown as DocumentNode<FundByIdQuery, FundByIdQueryVariables>;
export const FundPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundPaymentStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAfterwards"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"fourEyesOverride"}}]}}]} as unknown as DocumentNode<FundPaymentsQuery, FundPaymentsQueryVariables>;
export const FundUseStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundUseStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundUseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<FundUseStatisticsQuery, FundUseStatisticsQueryVariables>;
export const ApprovePlanFourEyesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePlanFourEyes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedRole"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondPersonRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovePlanFourEyesMutation, ApprovePlanFourEyesMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"streetCodes"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"streets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const HouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Household"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"hukou"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"careNeedsGrade"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"fatherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"motherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsured"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unionMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"registeredElsewhere"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"housing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"hasElevator"}},{"kind":"Field","name":{"kind":"Name","value":"tenure"}},{"kind":"Field","name":{"kind":"Name","value":"livingAreaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeWages"}},{"kind":"Field","name":{"kind":"Name","value":"incomePensions"}},{"kind":"Field","name":{"kind":"Name","value":"incomeBenefits"}},{"kind":"Field","name":{"kind":"Name","value":"liquidAssets"}},{"kind":"Field","name":{"kind":"Name","value":"rigidMedical"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardianship"}},{"kind":"Field","name":{"kind":"Name","value":"kinSupport"}},{"kind":"Field","name":{"kind":"Name","value":"carerStrain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSharing"}},{"kind":"Field","name":{"kind":"Name","value":"dataSharingDate"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferral"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferralDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncomeTotal"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentCategories"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}}]}}]}}]} as unknown as DocumentNode<HouseholdQuery, HouseholdQueryVariables>;
export const HouseholdWithIdNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdWithIdNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdWithIdNumbersQuery, HouseholdWithIdNumbersQueryVariables>;
export const HouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Households"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"totalItemsKind"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsQuery, HouseholdsQueryVariables>;
export const HouseholdsWithMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsWithMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentCategories"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsWithMembersQuery, HouseholdsWithMembersQueryVariables>;
export const CreateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"hukou"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"careNeedsGrade"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"fatherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"motherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsured"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unionMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"registeredElsewhere"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"housing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"hasElevator"}},{"kind":"Field","name":{"kind":"Name","value":"tenure"}},{"kind":"Field","name":{"kind":"Name","value":"livingAreaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeWages"}},{"kind":"Field","name":{"kind":"Name","value":"incomePensions"}},{"kind":"Field","name":{"kind":"Name","value":"incomeBenefits"}},{"kind":"Field","name":{"kind":"Name","value":"liquidAssets"}},{"kind":"Field","name":{"kind":"Name","value":"rigidMedical"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardianship"}},{"kind":"Field","name":{"kind":"Name","value":"kinSupport"}},{"kind":"Field","name":{"kind":"Name","value":"carerStrain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSharing"}},{"kind":"Field","name":{"kind":"Name","value":"dataSharingDate"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferral"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferralDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncomeTotal"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentCategories"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateHouseholdMutation, CreateHouseholdMutationVariables>;
export const UpdateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdParts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"hukou"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"careNeedsGrade"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"fatherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"motherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsured"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unionMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"registeredElsewhere"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"housing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"hasElevator"}},{"kind":"Field","name":{"kind":"Name","value":"tenure"}},{"kind":"Field","name":{"kind":"Name","value":"livingAreaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeWages"}},{"kind":"Field","name":{"kind":"Name","value":"incomePensions"}},{"kind":"Field","name":{"kind":"Name","value":"incomeBenefits"}},{"kind":"Field","name":{"kind":"Name","value":"liquidAssets"}},{"kind":"Field","name":{"kind":"Name","value":"rigidMedical"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardianship"}},{"kind":"Field","name":{"kind":"Name","value":"kinSupport"}},{"kind":"Field","name":{"kind":"Name","value":"carerStrain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSharing"}},{"kind":"Field","name":{"kind":"Name","value":"dataSharingDate"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferral"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferralDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIncomeTotal"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentCategories"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const ArchiveHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archiveReason"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveHouseholdMutation, ArchiveHouseholdMutationVariables>;
export const AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"hukou"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"careNeedsGrade"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"fatherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"motherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsured"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unionMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"hukou"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"careNeedsGrade"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"fatherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"motherSituation"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsured"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unionMember"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const HsdsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HsdsExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsdsExport"}}]}}]} as unknown as DocumentNode<HsdsExportQuery, HsdsExportQueryVariables>;
export const ImportHsdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportHsds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHsds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dataset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HsdsImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"unmappedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"hsdsOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"unmappedFields"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hsdsServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"unmappedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"placeholderNeed"}},{"kind":"Field","name":{"kind":"Name","value":"unmappedFields"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportHsdsMutation, ImportHsdsMutationVariables>;
export const HsdsImportedResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HsdsImportedResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HsdsResourceParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HsdsResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"hsdsId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyBasis"}},{"kind":"Field","name":{"kind":"Name","value":"exclusiveGroup"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryFirst"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerified"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feesDescription"}},{"kind":"Field","name":{"kind":"Name","value":"costOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountDescription"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]} as unknown as DocumentNode<HsdsImportedResourceQuery, HsdsImportedResourceQueryVariables>;
export const HsdsResourceCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HsdsResourceCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"skip"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<HsdsResourceCountQuery, HsdsResourceCountQueryVariables>;
export const HsdsSaveProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HsdsSaveProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HsdsSaveProviderMutation, HsdsSaveProviderMutationVariables>;
export const HsdsCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HsdsCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HsdsResourceParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HsdsResourceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"hsdsId"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"processingDays"}},{"kind":"Field","name":{"kind":"Name","value":"policyBasis"}},{"kind":"Field","name":{"kind":"Name","value":"exclusiveGroup"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryFirst"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerified"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationChannel"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"extension"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feesDescription"}},{"kind":"Field","name":{"kind":"Name","value":"costOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountDescription"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]} as unknown as DocumentNode<HsdsCreateResourceMutation, HsdsCreateResourceMutationVariables>;
export const HouseholdsWithoutCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsWithoutCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsWithoutCountQuery, HouseholdsWithoutCountQueryVariables>;
export const HouseholdsCountInFragmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsCountInFragment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<HouseholdsCountInFragmentQuery, HouseholdsCountInFragmentQueryVariables>;
export const DueVisitsWithoutCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueVisitsWithoutCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DueVisitsWithoutCountQuery, DueVisitsWithoutCountQueryVariables>;
export const DueVisitsWithCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueVisitsWithCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DueVisitsWithCountQuery, DueVisitsWithCountQueryVariables>;
export const RunOutreachSweepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunOutreachSweep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SweepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runOutreachSweep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachSweepReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RunOutreachSweepMutation, RunOutreachSweepMutationVariables>;
export const OutreachLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutreachLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachLeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreachLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutreachLeadParts"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachLeadParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}}]}}]} as unknown as DocumentNode<OutreachLeadsQuery, OutreachLeadsQueryVariables>;
export const RecordOutreachOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutreachOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutreachOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutreachOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutreachLeadParts"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Failure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachLeadParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adviserId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"factsToAsk"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Failure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOutreachOutcomeMutation, RecordOutreachOutcomeMutationVariables>;
export const OutreachStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutreachStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreachStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<OutreachStatisticsQuery, OutreachStatisticsQueryVariables>;
export const PendingApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PendingApprovalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountKind"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByYou"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingApprovalsQuery, PendingApprovalsQueryVariables>;
export const PendingApprovalsNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingApprovalsNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mayApprove"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseHelp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingApprovalsNestedQuery, PendingApprovalsNestedQueryVariables>;
export const GeneratePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GeneratePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"failedConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedRole"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityResult"}},{"kind":"Field","name":{"kind":"Name","value":"addedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]} as unknown as DocumentNode<GeneratePlanMutation, GeneratePlanMutationVariables>;
export const RemovePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"failedConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedRole"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityResult"}},{"kind":"Field","name":{"kind":"Name","value":"addedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]} as unknown as DocumentNode<RemovePlanItemMutation, RemovePlanItemMutationVariables>;
export const AddPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"failedConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedRole"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityResult"}},{"kind":"Field","name":{"kind":"Name","value":"addedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]} as unknown as DocumentNode<AddPlanItemMutation, AddPlanItemMutationVariables>;
export const ApprovePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictOfInterestError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filedMembers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"failedConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedRole"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityResult"}},{"kind":"Field","name":{"kind":"Name","value":"addedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]} as unknown as DocumentNode<ApprovePlanMutation, ApprovePlanMutationVariables>;
export const PlanByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateVerdict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"failedConditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedRole"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityResult"}},{"kind":"Field","name":{"kind":"Name","value":"addedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]} as unknown as DocumentNode<PlanByIdQuery, PlanByIdQueryVariables>;
export const HouseholdPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdPlansQuery, HouseholdPlansQueryVariables>;
export const HouseholdsPlansNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsPlansNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsPlansNestedQuery, HouseholdsPlansNestedQueryVariables>;
export const ReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"placeTaken"}},{"kind":"Field","name":{"kind":"Name","value":"householdDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"placeTaken"}},{"kind":"Field","name":{"kind":"Name","value":"householdDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<ReferralByIdQuery, ReferralByIdQueryVariables>;
export const ReferralWithHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralWithHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralWithHouseholdQuery, ReferralWithHouseholdQueryVariables>;
export const AcceptReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceAtCapacityError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"placeTaken"}},{"kind":"Field","name":{"kind":"Name","value":"householdDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const DeclineReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"placeTaken"}},{"kind":"Field","name":{"kind":"Name","value":"householdDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const StartReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"placeTaken"}},{"kind":"Field","name":{"kind":"Name","value":"householdDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<StartReferralMutation, StartReferralMutationVariables>;
export const CompleteReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"placeTaken"}},{"kind":"Field","name":{"kind":"Name","value":"householdDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const WithdrawReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"placeTaken"}},{"kind":"Field","name":{"kind":"Name","value":"householdDeclined"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDelivered"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needCodeInfos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedBenefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const ReferralStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<ReferralStatisticsQuery, ReferralStatisticsQueryVariables>;
export const PrintLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrintLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PrintLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}}]}}]}}]}}]} as unknown as DocumentNode<PrintLinkMutation, PrintLinkMutationVariables>;
export const SharedUnmetNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedUnmetNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectScopeLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedUnmetNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"needCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"noResource"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCircle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDisability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySizeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharedCell"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedFactCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<SharedUnmetNeedsQuery, SharedUnmetNeedsQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const ProjectByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ProjectByIdQuery, ProjectByIdQueryVariables>;
export const ProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectScopeLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"capacityKind"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"geoScope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProposeProjectHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposeProjectHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeProjectHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"needStatus"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"charityReferralConsent"}},{"kind":"Field","name":{"kind":"Name","value":"draftPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"canPlan"}}]}}]}}]} as unknown as DocumentNode<ProposeProjectHouseholdsQuery, ProposeProjectHouseholdsQueryVariables>;
export const PlanProjectHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanProjectHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanProjectHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planProjectHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCode"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"addedReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PlanProjectHouseholdMutation, PlanProjectHouseholdMutationVariables>;
export const ReferralsWithAdviserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsWithAdviser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"referringAdviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"streetCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferralsWithAdviserQuery, ReferralsWithAdviserQueryVariables>;
export const ReferralAdviserByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralAdviserById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referringAdviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralAdviserByIdQuery, ReferralAdviserByIdQueryVariables>;
export const RegisterWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<RegisterWebhookEndpointMutation, RegisterWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeactivateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<DeactivateWebhookEndpointMutation, DeactivateWebhookEndpointMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointParts"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
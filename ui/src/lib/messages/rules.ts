// The checks' rules by name, in the three languages (the core writes the findings
// themselves). Spread into each language's messages.
export const rulesEn = {
  ruleOrphan: "Not linked upward",
  ruleQuarterMismatch: "Linked to another quarter",
  ruleCrossBranch: "Linked across branches",
  ruleSkipLevel: "Skips a level",
  ruleNoKeyResults: "No key results",
  ruleTooManyKeyResults: "Too many key results",
  ruleOverload: "Too many objectives",
  ruleUnsupported: "Supported by nobody",
  ruleFlatTarget: "Target equals baseline",
  ruleOverreachingTarget: "Target out of reach",
  ruleSameAsColleague: "Same as a colleague's",
};

export const rulesVi: typeof rulesEn = {
  ruleOrphan: "Chưa liên kết lên trên",
  ruleQuarterMismatch: "Liên kết sang quý khác",
  ruleCrossBranch: "Liên kết chéo nhánh",
  ruleSkipLevel: "Bỏ qua một cấp",
  ruleNoKeyResults: "Chưa có kết quả then chốt",
  ruleTooManyKeyResults: "Quá nhiều kết quả then chốt",
  ruleOverload: "Quá nhiều mục tiêu",
  ruleUnsupported: "Chưa được ai hỗ trợ",
  ruleFlatTarget: "Mục tiêu bằng mức ban đầu",
  ruleOverreachingTarget: "Mục tiêu quá xa",
  ruleSameAsColleague: "Trùng với đồng nghiệp",
};

export const rulesTh: typeof rulesEn = {
  ruleOrphan: "ยังไม่เชื่อมขึ้นบน",
  ruleQuarterMismatch: "เชื่อมไปไตรมาสอื่น",
  ruleCrossBranch: "เชื่อมข้ามสายงาน",
  ruleSkipLevel: "ข้ามระดับ",
  ruleNoKeyResults: "ไม่มีผลลัพธ์หลัก",
  ruleTooManyKeyResults: "ผลลัพธ์หลักมากเกินไป",
  ruleOverload: "วัตถุประสงค์มากเกินไป",
  ruleUnsupported: "ไม่มีผู้สนับสนุน",
  ruleFlatTarget: "เป้าหมายเท่ากับค่าเริ่มต้น",
  ruleOverreachingTarget: "เป้าหมายเกินเอื้อม",
  ruleSameAsColleague: "ซ้ำกับเพื่อนร่วมงาน",
};

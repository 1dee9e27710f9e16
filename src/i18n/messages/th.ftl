# ข้อความของการตรวจสอบ ภาษาไทย ใช้รหัสและตัวแปรเดียวกับ en.ftl

## Link rules

orphan = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } ยังไม่ได้เชื่อมกับวัตถุประสงค์ใดของระดับบน จึงยังไม่นับรวมในเป้าหมายของบริษัท

cross-branch = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } เชื่อมอยู่กับ { $parent } ของ { $relation } แต่ควรสนับสนุนวัตถุประสงค์ของผู้ที่อยู่เหนือ { $name }
cross-branch-own = { $name } เอง
cross-branch-below = { $other } ซึ่งอยู่ใต้ { $name } ในองค์กร
cross-branch-colleague = { $other } เพื่อนร่วมงานใน { $unit }
cross-branch-elsewhere = { $other } ในสายงานอื่นขององค์กร

quarter-mismatch = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } เชื่อมอยู่กับ { $target } วัตถุประสงค์ต้องสนับสนุนวัตถุประสงค์ของไตรมาสเดียวกัน
quarter-mismatch-parent = { $parent } ของ { $parent_owner } ซึ่งเป็นวัตถุประสงค์ของ { $parent_quarter }
quarter-mismatch-elsewhere = วัตถุประสงค์ของไตรมาสอื่น

skip-level = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } เชื่อมตรงไปยัง { $parent } ของ { $parent_owner } โดยข้าม { $skipped }

unsupported = ยังไม่มีวัตถุประสงค์ใดสนับสนุน { $objective } ของ { $owner } ใน { $quarter } ไม่มี{ $below }ใดเชื่อมมาที่วัตถุประสงค์นี้
unsupported-divisions = ฝ่าย
unsupported-teams = ทีม
unsupported-agents = พนักงาน
unsupported-suggestion = ขอให้{ $below }ของ { $name } เชื่อมวัตถุประสงค์มาที่วัตถุประสงค์นี้ รวมเข้ากับวัตถุประสงค์ที่มีผู้สนับสนุนแล้ว หรือยกเลิก

link-unlink = ยกเลิกการเชื่อม: วัตถุประสงค์ของบริษัท { $company } เป็นยอดของลำดับชั้นและไม่เชื่อมกับสิ่งใด
link-nothing-yet = { $manager } ยังไม่มีวัตถุประสงค์ใน { $quarter } ให้เพิ่มวัตถุประสงค์ที่นั่นก่อน แล้วจึงเชื่อมวัตถุประสงค์นี้เข้าไป
link-to = เชื่อมกับวัตถุประสงค์ของ { $manager } ใน { $quarter } เช่น { $examples }

## Key result rules

no-key-results = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } ยังไม่มีผลลัพธ์หลัก จึงไม่มีใครบอกได้ว่าบรรลุหรือไม่
no-key-results-suggestion = เพิ่มผลลัพธ์หลักที่วัดได้ไม่เกิน { $cap } ข้อ แต่ละข้อมีค่าเริ่มต้นและเป้าหมาย (เช่น เวลาตอบกลับครั้งแรกจาก 120 เหลือ 60 วินาที)

too-many-key-results = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } มีผลลัพธ์หลัก { $count } ข้อ เกินขีดจำกัดของแผนที่ { $cap } ข้ออยู่ { $over } ข้อ
too-many-key-results-suggestion = เก็บไว้ { $cap } ข้อที่บอกได้ดีที่สุดว่าบรรลุหรือไม่ ตัดข้อที่ซ้ำกัน หรือย้ายที่เหลือไปเป็นวัตถุประสงค์ของตัวเอง

flat-target = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } มี{ $which } จึงไม่มีอะไรต้องทำให้สำเร็จ: { $list }
flat-target-one = ผลลัพธ์หลักที่เป้าหมายเท่ากับค่าเริ่มต้น
flat-target-many = ผลลัพธ์หลักหลายข้อที่เป้าหมายเท่ากับค่าเริ่มต้น
flat-target-suggestion = ตั้งเป้าหมายที่ต้องการการปรับปรุง หรือเปลี่ยนเป็นค่าที่ต้องรักษา (รักษาให้ไม่ต่ำกว่า หรือรักษาให้ไม่เกิน) หากตั้งใจจะรักษาระดับเดิม

overreaching-target = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } ต้องการการเปลี่ยนแปลงมากกว่าขีดจำกัดของแผนที่ { $limit } ของค่าเริ่มต้น: { $list }
overreaching-target-change = { $kr } เปลี่ยนแปลง { $change }
overreaching-target-suggestion = ตรวจสอบตัวเลขอีกครั้ง ตั้งเป้าหมายที่ทำได้ในไตรมาสนี้แล้วยกส่วนที่เหลือไปไตรมาสถัดไป หรือเพิ่มขีดจำกัดการเปลี่ยนแปลงของแผน

kr-target-only = "{ $title }" (เป้าหมาย { $target }{ $unit })

## People rules

same-as-colleague = วัตถุประสงค์ { $objective } ของ { $owner } ใน { $quarter } มีชื่อเดียวกับ { $others } ซึ่งอยู่ใน { $team } เช่นกัน
same-as-colleague-other = { $objective } ของ { $owner }
same-as-colleague-suggestion = เขียนให้ชัดว่า { $name } จะทำอะไรในบทบาทของตัวเอง: ช่องทาง กะการทำงาน หรือกลุ่มลูกค้าของตน

overload = { $node } มีวัตถุประสงค์ { $count } ข้อใน { $quarter } เกิน{ $why }ที่ { $cap } ข้ออยู่ { $over } ข้อ
overload-own-cap = ขีดจำกัดเฉพาะตัว
overload-new-hire-cap = ขีดจำกัดสำหรับพนักงานใหม่
overload-company-cap = ขีดจำกัดของบริษัท
overload-division-cap = ขีดจำกัดสำหรับฝ่าย
overload-team-cap = ขีดจำกัดสำหรับทีม
overload-agent-cap = ขีดจำกัดสำหรับพนักงาน
overload-pick = "{ $title }" ({ $key }, สำเร็จ { $done })
overload-pick-unsupported = "{ $title }" ({ $key }, สำเร็จ { $done }, ไม่มีผู้สนับสนุน)
overload-suggestion = ตัด รวม หรือส่งต่อ { $over } ข้อในจำนวนนี้ เช่น { $picks } หรือเพิ่มขีดจำกัดให้ { $name }

## Lists

and = และ
or = หรือ

## Check-in charts

chart-empty = ยังไม่มีการอัปเดต
chart-label = { $title }: การอัปเดตเทียบกับ{ $goal } { $value }
chart-goal-target = เป้าหมาย
chart-goal-keep-above = ค่าที่ต้องรักษาให้ไม่ต่ำกว่า
chart-goal-keep-below = ค่าที่ต้องรักษาให้ไม่เกิน

## Review reports

report-title = ทบทวน OKR: { $company }, { $quarter }
report-locked = 🔒 ล็อกหลังการทบทวนโดย { $who }, { $date }
report-company = บริษัท
report-division = ฝ่าย
report-team = ทีม
report-agent = พนักงาน
report-reviewed = ✓ ทบทวนแล้วโดย { $who }, { $date }
report-not-reviewed = ยังไม่ได้ทบทวน
report-no-objectives = ยังไม่มีวัตถุประสงค์ใน { $quarter }
report-col-objective = วัตถุประสงค์
report-col-owner = ผู้รับผิดชอบ
report-col-krs = ผลลัพธ์
report-col-key-results = ผลลัพธ์หลัก
report-col-own = ของตนเอง
report-col-aligned = ตามลำดับชั้น
report-col-score = คะแนน
report-col-supports = สนับสนุน
report-col-person = บุคคล
report-col-role = บทบาท
report-col-objectives = วัตถุประสงค์
report-col-cap = ขีดจำกัด
report-committed = ผูกพัน
report-miss = ไม่ถึงเป้า ต้องทบทวน
report-at-risk = มีความเสี่ยง
report-over-cap = เกินขีดจำกัด
report-new-hire = พนักงานใหม่
report-score = คะแนน { $score }
report-met = บรรลุ
report-progress = มีความคืบหน้า
report-missed = ไม่บรรลุ
report-on-track = ตามแผน
report-off-track = หลุดแผน
report-error = ข้อผิดพลาด
report-warning = คำเตือน
report-info = หมายเหตุ
report-errors-one = ข้อผิดพลาด { $n } รายการ
report-errors-many = ข้อผิดพลาด { $n } รายการ
report-warnings-one = คำเตือน { $n } รายการ
report-warnings-many = คำเตือน { $n } รายการ
report-infos-one = หมายเหตุ { $n } รายการ
report-infos-many = หมายเหตุ { $n } รายการ
report-findings = สิ่งที่พบ
report-summary = วัตถุประสงค์ { $objectives } ข้อ ผลลัพธ์หลัก { $key_results } ข้อ · ความคืบหน้าของตนเอง { $own } · ความคืบหน้าตามลำดับชั้น { $aligned } · เกินขีดจำกัดวัตถุประสงค์ { $over } คน · สิ่งที่พบ: { $findings }
report-scores = คะแนน: ข้อผูกพันที่ไม่ถึงเป้าต้องทบทวน { $misses } ข้อ · วัตถุประสงค์ที่มีความเสี่ยง { $risk } ข้อ · ทบทวนแล้ว { $reviewed } จาก { $teams } ทีม
report-total-objectives = วัตถุประสงค์
report-total-key-results = ผลลัพธ์หลัก
report-total-own = ความคืบหน้าของตนเอง
report-total-aligned = ความคืบหน้าตามลำดับชั้น
report-total-over-cap = เกินขีดจำกัด
report-total-errors = ข้อผิดพลาด
report-total-warnings = คำเตือน
report-total-infos = หมายเหตุ
report-total-misses = ข้อผูกพันที่ไม่ถึงเป้าต้องทบทวน
report-total-at-risk = มีความเสี่ยง
report-total-reviewed = ทีมที่ทบทวนแล้ว
report-legend = ของตนเอง: ความคืบหน้าของผลลัพธ์หลักของวัตถุประสงค์นั้นเอง ตามลำดับชั้น: ค่าเฉลี่ยของความคืบหน้าของตนเองกับความคืบหน้าตามลำดับชั้นของแต่ละวัตถุประสงค์ที่สนับสนุน จึงแสดงว่างานด้านล่างตามทันหรือไม่ ⚠ หมายถึงวัตถุประสงค์ที่มีสิ่งที่พบ

## The template library (okr templates)

library-role-director = ผู้อำนวยการ
library-role-lead = หัวหน้าทีม
library-role-agent = เจ้าหน้าที่

## Excel export of a quarter

xlsx-sheet-company = บริษัท
xlsx-sheet-divisions = ฝ่าย
xlsx-sheet-teams = ทีม
xlsx-sheet-agents = พนักงาน
xlsx-sheet-findings = สิ่งที่พบ
xlsx-sheet-load = ภาระงาน
xlsx-owner-key = รหัสผู้รับผิดชอบ
xlsx-owner = ผู้รับผิดชอบ
xlsx-objective-key = รหัสวัตถุประสงค์
xlsx-objective = วัตถุประสงค์
xlsx-commitment = ความผูกพัน
xlsx-supports = สนับสนุน
xlsx-objective-score = คะแนนวัตถุประสงค์
xlsx-reading = ผลการประเมิน
xlsx-miss = ไม่ถึงเป้า ต้องทบทวน
xlsx-at-risk = มีความเสี่ยง
xlsx-kr-key = รหัสผลลัพธ์หลัก
xlsx-kr = ผลลัพธ์หลัก
xlsx-kind = ประเภท
xlsx-baseline = ค่าเริ่มต้น
xlsx-target = เป้าหมาย
xlsx-current = ปัจจุบัน
xlsx-unit = หน่วย
xlsx-weight = น้ำหนัก
xlsx-progress = ความคืบหน้า
xlsx-score = คะแนน
xlsx-confidence = ความมั่นใจ
xlsx-severity = ระดับ
xlsx-rule = กฎ
xlsx-message = ข้อความ
xlsx-suggestion = ข้อเสนอแนะ
xlsx-level = ระดับชั้น
xlsx-reports-to = ขึ้นตรงต่อ
xlsx-objectives = จำนวนวัตถุประสงค์
xlsx-cap = ขีดจำกัด
xlsx-over-cap-by = เกินขีดจำกัด
xlsx-committed = ผูกมัด
xlsx-aspirational = มุ่งหวัง
xlsx-kind-progress = ไปให้ถึงเป้าหมาย
xlsx-kind-keep-above = รักษาให้ไม่ต่ำกว่า
xlsx-kind-keep-below = รักษาให้ไม่เกิน
xlsx-company = บริษัท
xlsx-division = ฝ่าย
xlsx-team = ทีม
xlsx-agent = พนักงาน

## The import template (okr template) and its explanation sheet

template-help-sheet = คำอธิบายคอลัมน์
template-help-intro = กรอกชีตองค์กร วัตถุประสงค์ และผลลัพธ์หลัก โดยไม่แก้แถวหัวตาราง แล้วนำเข้าเวิร์กบุ๊ก: okr import PLAN --xlsx ไฟล์.xlsx หรือเมนูนำเข้าในแอป แถวเรียงลำดับใดก็ได้
template-help-sheet-column = ชีต
template-help-column = คอลัมน์
template-help-required = จำเป็น
template-help-what = ข้อมูลที่ใส่
template-yes = ใช่
template-no = ไม่
template-org-key = รหัสสั้นของบุคคลหรือหน่วยงาน ไม่ซ้ำกันในแผน (cskh-team-01) ชีตอื่นอ้างถึงด้วยรหัสนี้
template-org-name = ชื่อบุคคลหรือหน่วยงาน เขียนด้วยอักษรใดก็ได้
template-org-level = บริษัท ฝ่าย ทีม หรือพนักงาน (เลือกจากรายการ): บริษัทเดียว ฝ่ายอยู่ใต้บริษัท ทีมอยู่ใต้ฝ่าย พนักงานอยู่ใต้ทีม
template-org-parent = รหัสของหน่วยงานที่สังกัด เว้นว่างสำหรับบริษัท
template-org-role = ไม่บังคับ: บทบาทของบุคคลนี้
template-org-new_hire = ไม่บังคับ: TRUE สำหรับพนักงานใหม่ (จำนวนวัตถุประสงค์สูงสุดน้อยกว่า)
template-org-objective_cap = ไม่บังคับ: จำนวนวัตถุประสงค์สูงสุดต่อไตรมาส (จำนวนเต็ม)
template-org-notes = ไม่บังคับ: หมายเหตุ
template-objectives-key = รหัสสั้นของวัตถุประสงค์ ไม่ซ้ำกันในแผน (cskh-2026q4-1)
template-objectives-quarter = ไตรมาส เขียนแบบ YYYY-Qn (2026-Q4) เลือกจากรายการ
template-objectives-owner = รหัสของบุคคลหรือหน่วยงานที่รับผิดชอบ จากชีตองค์กร
template-objectives-title = วัตถุประสงค์ เขียนเป็นประโยค
template-objectives-parent = รหัสของวัตถุประสงค์ระดับบนที่สนับสนุน เว้นว่างสำหรับวัตถุประสงค์ของบริษัท
template-objectives-description = ไม่บังคับ: รายละเอียดเพิ่มเติม
template-objectives-commitment = ไม่บังคับ: มุ่งหวัง (ถึงเป้าที่ 0.7) หรือผูกมัด (ต้องถึง 1.0) เลือกจากรายการ
template-key_results-objective = รหัสวัตถุประสงค์ของผลลัพธ์นี้ จากชีตวัตถุประสงค์
template-key_results-title = ผลลัพธ์หลัก: สิ่งที่วัด
template-key_results-baseline = ค่าตอนเริ่ม (ตัวเลข) เว้นว่างได้
template-key_results-target = ค่าที่ต้องการให้ถึง (ตัวเลข)
template-key_results-current = ค่าปัจจุบัน (ตัวเลข)
template-key_results-unit = ไม่บังคับ: หน่วย (%, วินาที, สาย)
template-key_results-weight = ไม่บังคับ: น้ำหนักในคะแนนของวัตถุประสงค์ (เว้นว่างคือ 1)
template-key_results-kind = ไม่บังคับ: ไปให้ถึงเป้าหมาย (จากค่าเริ่มต้นถึงเป้าหมาย) รักษาให้ไม่ต่ำกว่า หรือรักษาให้ไม่เกิน เลือกจากรายการ
template-key_results-key = ไม่บังคับ: รหัสของผลลัพธ์ (cskh-2026q4-1-kr1) ช่วยเก็บประวัติการอัปเดตเมื่อนำเข้าเวิร์กบุ๊กอีกครั้ง เว้นว่างจะสร้างจากรหัสวัตถุประสงค์
template-key_results-score = ไม่บังคับ: คะแนนที่ให้เอง ตั้งแต่ 0 ถึง 1
template-key_results-confidence = ไม่บังคับ: ตามแผน มีความเสี่ยง หรือหลุดแผน เลือกจากรายการ
template-key_results-measure = ไม่บังคับ: ตัวชี้วัดที่วัด ตามชื่อคอลัมน์ในรายงานประจำสัปดาห์ของระบบ helpdesk (CSAT, FRT, FCR, AHT, QA, NPS); okr checkin --from จะบันทึกค่าจากรายงานลงในผลลัพธ์หลักทุกข้อที่มีตัวชี้วัดนั้น

## Errors: what went wrong, where, and what to do (codes stay English; these are for people)

text = { $text }
error-not-a-plan = { $path }: ไม่ใช่แผนของ Cascade ({ $reason }); ไฟล์ไม่ถูกเปลี่ยนแปลง
error-no-such-file = ไม่มีไฟล์นี้
error-not-a-file = ไม่ใช่ไฟล์
error-empty-file = ไฟล์ว่างเปล่า
error-other-database = ฐานข้อมูล SQLite ของโปรแกรมอื่น
error-other-database-id = ฐานข้อมูล SQLite ของโปรแกรมอื่น รหัสแอป { $id }
error-newer-schema = { $path } สร้างด้วย Cascade รุ่นที่ใหม่กว่า (รูปแบบแผน { $found } แต่รุ่นนี้อ่านได้ถึง { $supported }); โปรดอัปเดต Cascade เพื่อเปิดไฟล์ ไฟล์ไม่ถูกเปลี่ยนแปลง
error-already-exists = มี { $path } อยู่แล้ว; โปรดเลือกชื่ออื่นหรือเปิดไฟล์นั้นแทน
error-would-overwrite = มี { $path } อยู่แล้ว; โปรดส่งออกไปยังโฟลเดอร์ว่าง หรือย้ายไฟล์นั้นออกไปก่อน ยังไม่มีการเขียนสิ่งใด
error-busy = แผนไม่ว่าง: หน้าต่างหรือโปรแกรมอื่นกำลังเขียนลงไป; โปรดลองอีกครั้งในอีกสักครู่
error-read-only = ที่นี่แผนเป็นแบบอ่านอย่างเดียว ({ $reason }); โปรดเปิดสำเนาเพื่อแก้ไข
error-read-only-not-writable = ไม่สามารถเขียนลงไฟล์หรือโฟลเดอร์ของไฟล์ได้
error-read-only-old = ไฟล์สร้างด้วย Cascade รุ่นเก่ากว่าและต้องอัปเกรด แต่ไม่สามารถเขียนลงไฟล์ได้
error-read-only-file = ไม่สามารถเขียนลงไฟล์ได้
error-not-found = ไม่พบ{ $what }ที่มี{ $by } "{ $value }"
error-duplicate-key = มี{ $what }ที่ใช้รหัส "{ $key }" อยู่แล้ว
error-invalid = { $field }: "{ $value }" { $problem }
error-level-order = { $child }: { $child_level } ต้องอยู่ใต้{ $expected } ไม่ใช่ใต้{ $found }
error-second-company = แผนมีบริษัทอยู่แล้ว ("{ $existing }"); แผนหนึ่งมีบริษัทได้เพียงหนึ่งเดียว
error-cycle = การเชื่อม "{ $child }" ไว้ใต้ "{ $parent }" จะทำให้เกิดวงวน ({ $path })
error-has-dependents = { $what } "{ $key }" ยังมีหน่วยย่อย { $children } หน่วยและวัตถุประสงค์ { $objectives } ข้อ; โปรดลบสิ่งเหล่านั้นด้วย หรือย้ายออกไปก่อน
error-outside-review = ทำ{ $what }ที่นี่ไม่ได้: สำเนาสำหรับทบทวนนี้ครอบคลุมเฉพาะส่วนของ { $node } ในแผน
error-not-a-review = { $path } ไม่ใช่สำเนาสำหรับทบทวน (สร้างด้วย "ส่งให้ทบทวน" หรือ `okr handout`); ยังไม่ได้รวมสิ่งใด
error-foreign-review = { $path } เป็นสำเนาสำหรับทบทวนของแผนอื่น ({ $detail }); ยังไม่ได้รวมสิ่งใด
error-tampered-review = { $path } ถูกแก้ไขนอกส่วนที่ส่งให้ทบทวน ({ $what }); ยังไม่ได้รวมสิ่งใด
error-quarter-locked = ไตรมาส { $quarter } ถูกล็อกแล้ว ({ $locked_by } ล็อกหลังการทบทวน) จึงแก้ไขวัตถุประสงค์ ผลลัพธ์หลัก การอัปเดต และการทบทวนของไตรมาสนี้ไม่ได้; โปรดปลดล็อกไตรมาสก่อน (okr unlock PLAN --quarter { $quarter } หรือปลดล็อกในแอป) ยังไม่มีการเปลี่ยนแปลงใด
error-locked-quarters = การเปลี่ยนแปลงนี้เกี่ยวกับไตรมาสที่ถูกล็อก ({ $locked }) จึงทำไม่ได้; โปรดปลดล็อกไตรมาสก่อน (okr unlock PLAN --quarter Q หรือปลดล็อกในแอป) ยังไม่มีการเปลี่ยนแปลงใด
error-spreadsheet = { $path }: เขียนสเปรดชีตไม่ได้ ({ $reason }); ยังไม่ได้เขียนสิ่งใด
error-broken = { $row }, { $field }: { $rule }
error-refused-review = รวม { $path } ไม่ได้: { $why }; ยังไม่ได้รวมสิ่งใด
error-damaged = ไฟล์แผนเสียหาย ({ $detail }); โปรดกู้คืนจากไฟล์สำรอง
error-io = อ่านหรือเขียนไฟล์ไม่ได้: { $detail }
error-file-read = { $path }: อ่านไฟล์ไม่ได้ ({ $detail }); โปรดตรวจสอบว่าไฟล์มีอยู่และคุณมีสิทธิ์อ่าน
error-file-write = { $path }: เขียนไฟล์ไม่ได้ ({ $detail }); โปรดตรวจสอบว่าโฟลเดอร์มีอยู่และคุณมีสิทธิ์เขียน
error-storage = ใช้ไฟล์แผนไม่ได้ ({ $what }); ยังไม่มีการเปลี่ยนแปลงใด
error-migration = อัปเกรดไฟล์แผนไม่ได้: { $detail }; ไฟล์ไม่ถูกเปลี่ยนแปลง
error-no-plan = ยังไม่ได้เปิดแผน; โปรดเปิดหรือสร้างแผน
error-internal = งานหยุดก่อนเสร็จ ({ $detail }); โปรดลองอีกครั้ง หากยังเกิดซ้ำให้เริ่ม Cascade ใหม่

## What the storage said, without SQL

storage-unexpected = ไฟล์แผนตอบกลับในแบบที่ Cascade รุ่นนี้ไม่คาดคิด
storage-key-taken = รหัสที่ต้องใช้ถูกใช้ไปแล้ว
storage-missing-link = มีลิงก์ที่ชี้ไปยังสิ่งที่ไม่มีในแผน
storage-out-of-range = มีค่าที่ขาดหายหรืออยู่นอกขอบเขตที่แผนอนุญาต
storage-disk-full = ดิสก์เต็ม
storage-disk-failed = อ่านหรือเขียนดิสก์ไม่ได้
storage-cannot-open = เปิดไฟล์ไม่ได้
storage-permission = ไม่อนุญาตให้ใช้ไฟล์ที่นี่
storage-refused = กฎของไฟล์แผนปฏิเสธการเปลี่ยนแปลง
storage-failed = ที่เก็บข้อมูลทำงานผิดพลาด

## What a plan holds, as errors name it

thing-objective = วัตถุประสงค์
thing-owner = ผู้รับผิดชอบ
thing-check-in = การอัปเดต
thing-node = หน่วย
thing-key-result = ผลลัพธ์หลัก
thing-comment = ความคิดเห็น
by-id = รหัสประจำตัว
by-key = รหัส
level-company = บริษัท
level-division = ฝ่าย
level-team = ทีม
level-agent = พนักงาน
level-a-company = บริษัท
level-a-division = ฝ่าย
level-a-team = ทีม
level-an-agent = พนักงาน
level-nothing-top = ไม่มีหน่วยใด (บริษัทอยู่บนสุด)
level-nothing = ไม่มีหน่วยใด
level-the-node = { $level } "{ $key }"

## Fields and columns

field-title = ชื่อเรื่อง
field-name = ชื่อ
field-key = รหัส
field-quarter = ไตรมาส
field-quarters = ไตรมาสต่าง ๆ
field-commitment = ระดับความผูกมัด
field-confidence = ระดับความมั่นใจ
field-kind = ประเภท
field-level = ระดับ
field-date = วันที่
field-to = ไตรมาสปลายทาง
field-score = คะแนน
field-weight = น้ำหนัก
field-baseline = ค่าเริ่มต้น
field-target = เป้าหมาย
field-current = ค่าปัจจุบัน
field-unit = หน่วยวัด
field-measure = ตัวชี้วัด
field-change-limit = ขีดจำกัดการเปลี่ยนแปลง
field-comment = ความคิดเห็น
field-language = ภาษา
field-plan = แผน
field-description = คำอธิบาย
field-role = บทบาท
field-notes = บันทึก
field-parent = ระดับบน
field-by = ผู้ดำเนินการ
field-value = ค่า

## Why a value is refused

why-empty-words = ว่างอยู่; โปรดเขียนสักสองสามคำ
why-too-long = ยาวเกิน { $max } ตัวอักษร
why-control = มีอักขระควบคุม (การขึ้นบรรทัดใหม่, NUL…)
why-nul = มีอักขระ NUL
why-not-finite = ไม่ใช่จำนวนจำกัด
why-key-empty = ว่างอยู่; ต้องมีรหัส
why-key-spaces = มีช่องว่างหรืออักขระควบคุม; โปรดใช้ตัวอักษร ตัวเลข - หรือ _
why-not-commitment = ไม่ใช่ระดับความผูกมัด (ต้องเป็น committed หรือ aspirational)
why-not-confidence = ไม่ใช่ระดับความมั่นใจ (ต้องเป็น on-track, at-risk หรือ off-track)
why-not-quarter = ไม่ใช่ไตรมาส (ต้องเป็นรูปแบบ YYYY-Q1..Q4)
why-not-kind = ไม่ใช่ประเภทของผลลัพธ์หลัก (ต้องเป็น progress, keep-above หรือ keep-below)
why-not-level = ไม่ใช่ระดับ (ต้องเป็น company, division, team หรือ agent)
why-future-date = เป็นวันในอนาคต (วันนี้คือ { $today }); การอัปเดตบันทึกค่าที่วัดได้แล้ว
why-not-after = ไม่ได้อยู่หลัง { $from }; การยกยอดจะนำวัตถุประสงค์ไปยังไตรมาสถัดไป
why-score-range = อยู่นอกช่วง 0 ถึง 1 (0.7 หมายถึงบรรลุสำหรับวัตถุประสงค์แบบมุ่งหวัง)
why-negative = ติดลบ
why-baseline-needed = ว่างอยู่; ผลลัพธ์หลักแบบความคืบหน้าต้องมีค่าเริ่มต้น (เว้นว่างได้เฉพาะแบบรักษาระดับ)
why-change-limit = ต้องเป็น 0% ของค่าเริ่มต้นขึ้นไป (100% ให้ผลลัพธ์หลักเพิ่มได้เป็นสองเท่า)
why-name-empty = ว่างอยู่; โปรดใส่ชื่อของคุณ (ตั้งครั้งเดียวในการตั้งค่าของแอป หรือใช้ --by กับ okr)
why-no-copies-each = ไม่สามารถแจกสำเนาแยกทีละหน่วยได้ โปรดเลือกฝ่ายเพื่อแจกสำเนาให้แต่ละทีมในฝ่ายนั้น
why-comment-quarter = เป็นวัตถุประสงค์ของ { $quarter } ไม่ใช่ของไตรมาสที่ทบทวน ({ $reviewed })
why-comment-empty = ว่างอยู่; โปรดเขียนสิ่งที่ทีมควรรู้
why-same-quarter = เป็นไตรมาสเดียวกับที่ใช้เปรียบเทียบ; โปรดเปรียบเทียบสองไตรมาสที่ต่างกัน
why-not-comment-pair = ไม่อยู่ในรูปแบบ รหัสวัตถุประสงค์=ข้อความ
why-not-language = ไม่ใช่ภาษาที่ Cascade รองรับ (ต้องเป็น en, vi หรือ th)
why-no-quarters = ว่างอยู่; โปรดระบุอย่างน้อยหนึ่งไตรมาส
why-no-file = ไม่มีไฟล์ให้สำรอง

## The plan's invariants

row-node = หน่วย "{ $key }"
row-objective = วัตถุประสงค์ "{ $key }"
row-key-result = ผลลัพธ์หลัก "{ $key }"
rule-one-company = แผนหนึ่งมีบริษัทได้เพียงหนึ่งเดียว และ "{ $first }" เป็นบริษัทนั้นแล้ว
rule-weight-negative = ติดลบ; น้ำหนักต้องเป็น 0 ขึ้นไป
rule-baseline-needed = ว่างอยู่; ผลลัพธ์หลักแบบความคืบหน้าต้องมีค่านี้
rule-spaces-around = "{ $value }" มีช่องว่างหรือการขึ้นบรรทัดใหม่อยู่ด้านหน้าหรือด้านหลัง
rule-wrong-type = ไม่ใช่ชนิดข้อมูลที่แผนเก็บไว้ตรงนั้น (ข้อความ ตัวเลข หรือวันที่)
rule-value = "{ $value }" { $problem }
rule-cycle = ลิงก์ทำให้เกิดวงวน ({ $path })

## Import problems

import-refused-one = การนำเข้าถูกปฏิเสธและแผนไม่ถูกเปลี่ยนแปลง; โปรดแก้ปัญหานี้ในไฟล์แล้วนำเข้าอีกครั้ง:
import-refused-many = การนำเข้าถูกปฏิเสธและแผนไม่ถูกเปลี่ยนแปลง; โปรดแก้ปัญหาทั้ง { $count } ข้อนี้ในไฟล์แล้วนำเข้าอีกครั้ง:
import-more = … และยังมีอีก; แสดงเพียง { $max } ข้อแรก
import-would-remove-one = การนำเข้าถูกปฏิเสธและแผนไม่ถูกเปลี่ยนแปลง: ไฟล์ไม่มีผลลัพธ์หลักข้อนี้แล้ว ทั้งที่ยังเก็บสิ่งที่ทีมบันทึกไว้:
import-would-remove-many = การนำเข้าถูกปฏิเสธและแผนไม่ถูกเปลี่ยนแปลง: ไฟล์ไม่มีผลลัพธ์หลักทั้ง { $count } ข้อนี้แล้ว ทั้งที่ยังเก็บสิ่งที่ทีมบันทึกไว้:
import-would-remove-fix-one = ใส่กลับเข้าไปในไฟล์เพื่อเก็บไว้ หรือยืนยันการลบ (okr import --delete-missing) เพื่อลบพร้อมสิ่งที่เก็บไว้
import-would-remove-fix-many = ใส่กลับเข้าไปในไฟล์เพื่อเก็บไว้ หรือยืนยันการลบ (okr import --delete-missing) เพื่อลบทั้งหมดพร้อมสิ่งที่เก็บไว้
place-line = แถว { $line }
place-row = แถว { $row }
place-item = { $list }[{ $index }]
import-column = คอลัมน์ { $column }
import-field = ฟิลด์ { $column }
import-number-empty = ว่างอยู่; ต้องมีตัวเลข
import-not-number = ไม่ใช่ตัวเลข
import-not-number-comma = ไม่ใช่ตัวเลข; โปรดใช้ "." เป็นจุดทศนิยม (เช่น 4.5)
import-score-range = อยู่นอกช่วง 0 ถึง 1
import-objective-empty = ว่างอยู่; โปรดใส่รหัสของวัตถุประสงค์ที่ผลลัพธ์หลักนี้วัด
import-objective-unknown = ไม่ใช่รหัสของวัตถุประสงค์ใดใน { $file } หรือในแผน
import-key-twice = ปรากฏสองครั้ง (ครั้งแรกที่ { $first }); { $what } แต่ละรายการปรากฏได้เพียงครั้งเดียว

## Merge conflicts

conflict-row = { $table } "{ $label }"
conflict-in-field = { $what }, { $field }: { $why }
conflict-in-row = { $what }: { $why }
conflict-not-added = ถูกเพิ่มในสำเนาทบทวน แต่{ $why }; จึงไม่ได้เพิ่ม
conflict-value-refused = ใช้ค่าจากสำเนาทบทวนไม่ได้: { $why }; จึงคงค่าของแผนไว้
conflict-still-holds = ถูกลบในสำเนาทบทวน แต่แผนยังมี { $under } อยู่ใต้รายการนี้; จึงเก็บไว้
conflict-key-taken = แผนมีรายการอื่นที่มี{ $field }เดียวกันอยู่แล้ว
conflict-refused = แผนไม่ยอมรับ ({ $why })
thing-review = การทบทวน
thing-quarter-lock = การล็อกไตรมาส
import-company-parent = มีค่าอยู่ แต่บริษัทไม่มีระดับบน; โปรดเว้นว่างไว้
import-second-company = เป็นไปไม่ได้ที่นี่: แผนหนึ่งมีบริษัทได้เพียงหนึ่งเดียว และ "{ $company }" เป็นบริษัทนั้นแล้ว
import-parent-empty = ว่างอยู่; { $node } ต้องมีรหัสของ{ $expected }ที่อยู่เหนือขึ้นไป
import-node-unknown = ไม่ใช่รหัสของหน่วยใดใน { $file } หรือในแผน
import-parent-level = เป็น{ $found }; ระดับบนของ{ $node }ต้องเป็น{ $expected }
import-owner-empty = ว่างอยู่; โปรดใส่รหัสของหน่วยที่รับผิดชอบวัตถุประสงค์นี้
import-cycle = จะทำให้เกิดวงวนของวัตถุประสงค์: { $path }
import-not-yes-no = ไม่ใช่คำตอบใช่หรือไม่ (ต้องว่าง หรือเป็น yes, no, true, false, 1 หรือ 0)
import-not-whole-number = ไม่ใช่จำนวนเต็มตั้งแต่ 0 ขึ้นไป (หรือเว้นว่างเพื่อใช้ค่าเริ่มต้นของแผน)

## Import problems of reading files and history, the import's summary

import-header-unreadable = อ่านแถวหัวตารางไม่ได้ ({ $error }); โปรดบันทึกไฟล์เป็น CSV จากสเปรดชีตอีกครั้งแล้วนำเข้าใหม่
import-file-empty = ไฟล์ว่างเปล่า; ต้องมีแถวหัวตารางที่ระบุชื่อคอลัมน์
import-line-unreadable = อ่านแถวนี้ไม่ได้ ({ $error }); โปรดตรวจสอบว่าเครื่องหมายอัญประกาศในแถวนี้ปิดครบแล้ว
import-too-many-cells = มี { $cells } เซลล์ แต่หัวตารางมี { $header }: { $fix }
import-extra-comma = เครื่องหมายจุลภาคที่อยู่ในค่าต้องอยู่ในเครื่องหมายอัญประกาศ ("…,…")
import-extra-semicolon = เครื่องหมายอัฒภาคที่อยู่ในค่าต้องอยู่ในเครื่องหมายอัญประกาศ ("…;…")
import-extra-tab = แท็บที่อยู่ในค่าต้องอยู่ในเครื่องหมายอัญประกาศ
import-extra-sheet = มีเซลล์ทางขวาของคอลัมน์สุดท้ายที่ไม่มีหัวคอลัมน์; โปรดตั้งหัวให้คอลัมน์นั้นหรือล้างเซลล์
import-not-export = ไม่ใช่ไฟล์ส่งออกแผนของ Cascade: { $error }
import-export-format = ไม่ใช่ไฟล์ส่งออกแผนของ Cascade (รูปแบบของไฟล์คือ "{ $format }" แต่ต้องเป็น "{ $expected }")
import-export-newer = ถูกเขียนโดย Cascade รุ่นที่ใหม่กว่า (รุ่น { $version } แต่รุ่นนี้อ่านได้ถึง { $supported }); โปรดอัปเดต Cascade เพื่อนำเข้าไฟล์นี้
import-not-workbook = ไฟล์นี้ไม่ใช่เวิร์กบุ๊ก Excel (.xlsx) ที่อ่านได้ ({ $error }); ใน Excel ให้บันทึกเป็น "Excel Workbook (*.xlsx)" แล้วนำเข้าอีกครั้ง
import-no-sheets = เวิร์กบุ๊กไม่มีชีตชื่อ { $expected } และไม่มีชีตใดที่แถวแรกระบุชื่อคอลัมน์ (ชีตที่มี: { $sheets }); โปรดเปลี่ยนชื่อชีตหรือเริ่มจากแม่แบบ (okr template)
import-column-missing = ไม่มีคอลัมน์ "{ $th }" ({ $column }) (หัวตารางมี: { $header }); โปรดเพิ่มคอลัมน์นี้ เพราะเป็นคอลัมน์ที่จำเป็น (ภาษาอังกฤษ "{ $column }", ภาษาเวียดนาม "{ $vi }")
import-excel-date = เป็นวันที่ในเวิร์กบุ๊ก ไม่ใช่ตัวเลข (Excel อาจเปลี่ยนตัวเลขที่พิมพ์ด้วยจุดให้เป็นวันที่); โปรดจัดรูปแบบเซลล์เป็น Number (ตัวเลข) แล้วพิมพ์ตัวเลขใหม่
import-excel-error = เป็นข้อผิดพลาดของ Excel ไม่ใช่ค่า; โปรดแก้สูตรหรือพิมพ์ค่าลงไป
import-checkin-key-result-empty = ว่างอยู่; โปรดใส่รหัสของผลลัพธ์หลักที่อัปเดต
import-not-date = ไม่ใช่วันที่ (ต้องเป็นรูปแบบ YYYY-MM-DD)
import-not-finite = ไม่ใช่ตัวเลขที่มีค่าจำกัด
import-not-timestamp = ไม่ใช่วันที่และเวลา (ต้องเป็นรูปแบบ RFC 3339 เช่น 2026-10-01T08:00:00+00:00)
import-would-leave = จะทำให้{ $level } "{ $node }" อยู่ใต้{ $parent }; โปรดย้ายออกไปก่อน
import-what-key = รหัส
import-what-key-result-key = รหัสผลลัพธ์หลัก
import-key-result-key-in-file = เป็นรหัสของผลลัพธ์หลักที่แถวอื่นในไฟล์ใช้อยู่แล้ว; โปรดตั้งรหัสอื่นให้แถวนี้
import-key-result-key-in-plan = เป็นรหัสของผลลัพธ์หลักของวัตถุประสงค์ที่ไฟล์นี้ไม่ได้ระบุอยู่แล้ว; รหัสผลลัพธ์หลักต้องไม่ซ้ำกันในแผน: โปรดตั้งรหัสอื่นให้แถวนี้
import-baseline-empty = ว่างอยู่; ผลลัพธ์หลักแบบความคืบหน้าต้องมีค่าเริ่มต้น (เฉพาะแบบรักษาให้ไม่ต่ำกว่าหรือไม่เกินเท่านั้นที่เว้นว่างได้)
import-held = { $key } "{ $title }" (วัตถุประสงค์ { $objective }) มี{ $holds }
import-held-checkins-one = การอัปเดต 1 ครั้ง
import-held-checkins-many = การอัปเดต { $count } ครั้ง
import-held-checkins-and-score = { $checkins } และคะแนน { $score }
import-held-score = คะแนน { $score }
import-held-nothing = ไม่มีข้อมูล
import-summary-nothing = ไม่มีอะไรเปลี่ยนแปลง; แผนมีข้อมูลตรงกับที่ไฟล์ระบุอยู่แล้ว
import-summary = เพิ่มบุคคลและหน่วย { $nodes_added } รายการ อัปเดต { $nodes_updated }; เพิ่มวัตถุประสงค์ { $objectives_added } ข้อ อัปเดต { $objectives_updated }; ผลลัพธ์หลักของวัตถุประสงค์ { $objectives } ข้อ: เพิ่ม { $added } อัปเดต { $updated } ไม่เปลี่ยน { $unchanged } ลบ { $removed }
import-summary-checkins-removed-one = (พร้อมการอัปเดต 1 ครั้งของผลลัพธ์หลักเหล่านั้น)
import-summary-checkins-removed-many = (พร้อมการอัปเดต { $count } ครั้งของผลลัพธ์หลักเหล่านั้น)
import-read-as = อ่าน { $file } ด้วยการเข้ารหัส { $encoding }
import-created = สร้าง { $plan } แล้ว: { $summary }
import-imported-into = นำเข้าไปยัง { $plan } แล้ว: { $summary }
import-currents-kept-one = คงค่าปัจจุบัน 1 ค่าตามที่การอัปเดตบันทึกไว้: ผลลัพธ์หลักที่มีการอัปเดตจะใช้ค่าปัจจุบันจากการอัปเดต ไม่ใช่จากไฟล์ (บันทึกค่าใหม่ด้วย okr checkin)
import-currents-kept-many = คงค่าปัจจุบัน { $count } ค่าตามที่การอัปเดตบันทึกไว้: ผลลัพธ์หลักที่มีการอัปเดตจะใช้ค่าปัจจุบันจากการอัปเดต ไม่ใช่จากไฟล์ (บันทึกค่าใหม่ด้วย okr checkin)
import-added = เพิ่ม { $list }
import-added-checkins-one = การอัปเดต 1 ครั้ง
import-added-checkins-many = การอัปเดต { $count } ครั้ง
import-added-reviews-one = เครื่องหมายการทบทวน 1 รายการ
import-added-reviews-many = เครื่องหมายการทบทวน { $count } รายการ
import-added-comments-one = ความคิดเห็น 1 รายการ
import-added-comments-many = ความคิดเห็น { $count } รายการ
import-added-locks-one = การล็อกไตรมาส 1 รายการ
import-added-locks-many = การล็อกไตรมาส { $count } รายการ
template-written = เขียนแม่แบบภาษาไทยไปที่ { $path } แล้ว
import-no-files = ไม่มีอะไรให้นำเข้า: โปรดเลือกอย่างน้อยหนึ่งไฟล์ (องค์กร วัตถุประสงค์ หรือผลลัพธ์หลัก)
error-not-a-backup = { $path } ไม่ใช่ไฟล์สำรองของแผนนี้; โปรดเลือกไฟล์สำรองจากรายการของแผนนี้

## okr merge's text report

merge-text-merged = รวม { $review } แล้ว (สำเนาทบทวนของ { $node } ที่นำออกไปเมื่อ { $taken })
merge-text-no-changes = ไม่มีการเปลี่ยนแปลงที่ต้องนำไปใช้
merge-text-changes = การเปลี่ยนแปลง { $count } รายการ:
merge-text-added = เพิ่ม{ $what } { $row }
merge-text-deleted = ลบ{ $what } { $row }
merge-text-changed = แก้ไข{ $what } { $row }: { $fields }
merge-text-conflicts = ความขัดแย้ง { $count } รายการ:
merge-text-values = ตอนแจก { $base }, แผน { $ours }, สำเนาทบทวน { $theirs }
merge-text-none = (ไม่มี)
merge-text-take-theirs = หากต้องการใช้ค่าของสำเนาทบทวน: --take-theirs { $reference }
merge-text-findings-unchanged = ข้อค้นพบ: ไม่เปลี่ยนแปลง
merge-text-findings = ข้อค้นพบ: ใหม่ { $new } ข้อ, หมดไป { $resolved } ข้อ
merge-text-resolved = หมดไป { $rule }: { $message }
merge-text-new = ใหม่ { $rule }: { $message }
merge-text-refused = ปฏิเสธ { $path } ({ $code }): { $message }
merge-text-copies = รวมแล้ว { $merged } จาก { $total } สำเนา (มีความขัดแย้ง { $conflicts } สำเนา), ปฏิเสธ { $refused }

## What okr says when a command succeeds

okr-created = สร้าง { $plan } แล้ว
okr-backed-up = สำรอง { $plan } ไปที่ { $backup } แล้ว
okr-restored = กู้คืน { $plan } จาก { $backup } แล้ว

## The plan's history: undo, redo, and what each change was

error-nothing-to-undo = ไม่มีอะไรให้เลิกทำ: ทุกการเปลี่ยนแปลงในประวัติของแผนนี้ถูกเลิกทำแล้ว
error-nothing-to-redo = ไม่มีอะไรให้ทำซ้ำ: ไม่มีการเปลี่ยนแปลงที่เลิกทำแล้วรออยู่ (การเปลี่ยนแปลงใหม่จะล้างสิ่งที่ทำซ้ำได้)
error-undo-blocked = { $verb } "{ $what }" ไม่ได้: แถวที่จะคืนกลับถูกเปลี่ยนภายหลังโดย "{ $later }" ({ $who }, { $at }) โปรด{ $verb }การเปลี่ยนแปลงนั้นก่อน หรือปล่อยไว้ทั้งสองอย่าง ไม่มีสิ่งใดถูกเปลี่ยน
error-undo-blocked-unknown = { $verb } "{ $what }" ไม่ได้: แถวที่จะคืนกลับถูกเปลี่ยนภายหลังนอกประวัติของแผน ไม่มีสิ่งใดถูกเปลี่ยน
history-undo-verb = เลิกทำ
history-redo-verb = ทำซ้ำ
history-undo-label = เลิกทำ: { $what }
history-redo-label = ทำซ้ำ: { $what }
history-undone = เลิกทำแล้ว: { $what }
history-redone = ทำซ้ำแล้ว: { $what }
history-undone-at = เลิกทำแล้วเมื่อ { $at } โดย { $who }
history-undone-when = เลิกทำแล้วเมื่อ { $at }
history-changed-rows = เปลี่ยน { $rows } แถว
history-objective-add = เพิ่มวัตถุประสงค์ "{ $title }"
history-objective-edit = แก้ไขวัตถุประสงค์ "{ $title }"
history-objective-link = เชื่อมวัตถุประสงค์ "{ $title }"
history-objective-move = ย้ายวัตถุประสงค์ "{ $title }"
history-objective-delete = ลบวัตถุประสงค์ "{ $title }"
history-key-result-add = เพิ่มผลลัพธ์หลัก "{ $title }"
history-key-result-edit = แก้ไขผลลัพธ์หลัก "{ $title }"
history-key-result-delete = ลบผลลัพธ์หลัก "{ $title }"
history-key-result-score = ให้คะแนนผลลัพธ์หลัก "{ $title }"
history-checkin-record = อัปเดต { $value } ใน "{ $title }"
history-checkin-report = การอัปเดตจากรายงาน { $file }
history-checkin-delete = ลบการอัปเดตหนึ่งครั้งของ "{ $title }"
history-node-add = เพิ่ม { $name }
history-node-edit = แก้ไข { $name }
history-node-move = ย้าย { $name }
history-node-delete = นำ { $name } ออก
history-review-mark = ทำเครื่องหมายว่า { $name } ทบทวนแล้วสำหรับ { $quarter }
history-review-unmark = ถอนการทบทวนของ { $name } สำหรับ { $quarter }
history-comment-add = แสดงความเห็นใน "{ $title }"
history-comment-delete = ลบความเห็นหนึ่งใน "{ $title }"
history-lock = ล็อก { $quarter }
history-unlock = ปลดล็อก { $quarter }
history-settings = เปลี่ยนการตั้งค่าของแผน
history-keep-days = เก็บประวัติ { $days } วัน
history-rollover = ยก { $from } ไปยัง { $to }
history-import = นำเข้า { $files }
history-merge = รวมสำเนาทบทวน { $file }
history-restore = กู้คืนข้อมูลสำรอง { $file }
history-demo = เติมแผนตัวอย่าง
history-row-added = เพิ่มแล้ว
history-row-changed = แก้ไขแล้ว
history-row-removed = ลบแล้ว
okr-history-none = ยังไม่มีการเปลี่ยนแปลงที่บันทึกไว้
okr-history-pruned = ลบรายการประวัติ { $count } รายการที่ทำก่อน { $before } แล้ว
okr-history-kept = แผนนี้เก็บประวัติ { $days } วัน


## Weekly check-ins from a helpdesk's report (okr checkin --from)

checkin-report-applied = { $file }: บันทึกการอัปเดต { $checkins } ครั้งให้ผลลัพธ์หลัก { $key_results } ข้อ ({ $quarters }) จาก { $rows } แถว
checkin-report-preview = { $file }: ผลลัพธ์หลัก { $key_results } ข้อจะได้รับค่า (อัปเดต { $checkins } ครั้ง, { $quarters }) จาก { $rows } แถว; ยังไม่มีการบันทึก
checkin-report-nothing = { $file }: ไม่มีค่าใดใน { $rows } แถวที่ตรงกับผลลัพธ์หลัก; ไม่มีการบันทึก
checkin-report-nothing-preview = { $file }: ไม่มีค่าใดใน { $rows } แถวที่ตรงกับผลลัพธ์หลัก; จะไม่มีการบันทึก
checkin-report-history-only-one = ผลลัพธ์หลัก 1 ข้อมีการอัปเดตที่ใหม่กว่า: ค่าจากรายงานเข้าไปอยู่ในประวัติ และค่าปัจจุบันคงเดิม
checkin-report-history-only = ผลลัพธ์หลัก { $count } ข้อมีการอัปเดตที่ใหม่กว่า: ค่าจากรายงานเข้าไปอยู่ในประวัติ และค่าปัจจุบันคงเดิม
checkin-report-unmatched-owners = ผู้รับผิดชอบที่ไม่ตรงกับผลลัพธ์หลักใด ({ $count }): { $list }
checkin-report-ambiguous-owners = ชื่อที่มีมากกว่าหนึ่งคนหรือหน่วยงานใช้ ({ $count }) โปรดใช้รหัสแทน: { $list }
checkin-report-unmatched-measures = คอลัมน์ที่ไม่ตรงกับตัวชี้วัดของผลลัพธ์หลักใด ({ $count }): { $list }
checkin-report-list-more = { $list } และอีก { $more } รายการ
checkin-report-refused-one = รายงานถูกปฏิเสธและยังไม่มีการบันทึก; โปรดแก้ปัญหานี้ในไฟล์แล้วลองอีกครั้ง:
checkin-report-refused-many = รายงานถูกปฏิเสธและยังไม่มีการบันทึก; โปรดแก้ปัญหา { $count } ข้อนี้ในไฟล์แล้วลองอีกครั้ง:
checkin-report-value-missing = แถวหัวตารางมีคอลัมน์ "kr" แต่ไม่มีคอลัมน์ "value" (หัวตารางมี: { $header }); โปรดเพิ่มคอลัมน์ค่าที่วัดได้
checkin-report-no-shape = แถวหัวตารางไม่มีคอลัมน์ "owner" (แถวละหนึ่งคนหรือหน่วยงาน คอลัมน์ละหนึ่งตัวชี้วัด เช่น CSAT หรือ FRT) และไม่มีคอลัมน์ "kr" กับ "value" (แถวละหนึ่งการอัปเดต); หัวตารางมี: { $header }
checkin-report-owner-empty = ว่างอยู่; โปรดใส่รหัสหรือชื่อที่ตรงกันของบุคคลหรือหน่วยงาน
checkin-report-kr-unknown = ไม่ใช่รหัสของผลลัพธ์หลักใดในแผน
checkin-report-quarter-empty = อยู่ใน { $quarter } ซึ่งเป็นไตรมาสที่แผนยังไม่มีวัตถุประสงค์; โปรดตรวจสอบวันที่
checkin-report-today = รายงานไม่มีคอลัมน์วันที่และไม่ได้ระบุวันที่ ค่าจึงลงวันที่วันนี้ ซึ่ง{ $why }; โปรดระบุวันที่วัดค่า (--date)

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

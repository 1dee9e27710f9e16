# Lời của các kiểm tra, bằng tiếng Việt. Cùng mã và biến với en.ftl.

## Link rules

orphan = Mục tiêu { $objective } của { $owner } trong { $quarter } chưa liên kết với mục tiêu nào của cấp trên, nên chưa góp phần vào mục tiêu của công ty.

cross-branch = Mục tiêu { $objective } của { $owner } trong { $quarter } đang liên kết với { $parent } của { $relation }; nó nên hỗ trợ một mục tiêu của người ở cấp trên của { $name }.
cross-branch-own = chính { $name }
cross-branch-below = { $other }, người ở dưới { $name } trong tổ chức
cross-branch-colleague = { $other }, một đồng nghiệp trong { $unit }
cross-branch-elsewhere = { $other }, ở một nhánh khác của tổ chức

quarter-mismatch = Mục tiêu { $objective } của { $owner } trong { $quarter } đang liên kết với { $target }; một mục tiêu phải hỗ trợ mục tiêu của cùng quý.
quarter-mismatch-parent = { $parent } của { $parent_owner }, một mục tiêu của { $parent_quarter }
quarter-mismatch-elsewhere = một mục tiêu của quý khác

skip-level = Mục tiêu { $objective } của { $owner } trong { $quarter } liên kết thẳng tới { $parent } của { $parent_owner }, bỏ qua { $skipped }.

unsupported = Chưa có mục tiêu nào hỗ trợ { $objective } của { $owner } trong { $quarter }: không { $below } nào liên kết tới nó.
unsupported-divisions = khối
unsupported-teams = nhóm
unsupported-agents = nhân viên
unsupported-suggestion = Đề nghị các { $below } của { $name } liên kết một mục tiêu tới nó, gộp nó vào một mục tiêu đã được hỗ trợ, hoặc bỏ nó.

link-unlink = Hãy bỏ liên kết: mục tiêu của công ty { $company } là đỉnh của phân tầng và không liên kết tới đâu.
link-nothing-yet = { $manager } chưa có mục tiêu nào trong { $quarter }: hãy thêm một mục tiêu ở đó, rồi liên kết mục tiêu này tới nó.
link-to = Hãy liên kết nó với một mục tiêu của { $manager } trong { $quarter }, ví dụ { $examples }.

## Key result rules

no-key-results = Mục tiêu { $objective } của { $owner } trong { $quarter } chưa có kết quả then chốt nào, nên không ai biết được nó đã đạt hay chưa.
no-key-results-suggestion = Thêm tối đa { $cap } kết quả then chốt đo được, mỗi kết quả có mức ban đầu và mục tiêu (ví dụ thời gian phản hồi đầu tiên từ 120 xuống 60 giây).

too-many-key-results = Mục tiêu { $objective } của { $owner } trong { $quarter } có { $count } kết quả then chốt, nhiều hơn { $over } so với giới hạn { $cap } của kế hoạch.
too-many-key-results-suggestion = Giữ { $cap } kết quả cho thấy rõ nhất mục tiêu có đạt hay không; bỏ những kết quả trùng lặp, hoặc chuyển phần còn lại sang một mục tiêu riêng.

flat-target = Mục tiêu { $objective } của { $owner } trong { $quarter } có { $which }, nên không có gì để đạt: { $list }.
flat-target-one = một kết quả then chốt có mục tiêu bằng mức ban đầu
flat-target-many = các kết quả then chốt có mục tiêu bằng mức ban đầu
flat-target-suggestion = Đặt một mục tiêu đòi hỏi sự cải thiện, hoặc chuyển nó thành ngưỡng cần giữ (giữ từ mức này trở lên hoặc trở xuống) nếu mục đích là giữ nguyên mức hiện có.

overreaching-target = Mục tiêu { $objective } của { $owner } trong { $quarter } đòi hỏi thay đổi lớn hơn giới hạn { $limit } so với mức ban đầu của kế hoạch: { $list }.
overreaching-target-change = { $kr }, thay đổi { $change }
overreaching-target-suggestion = Kiểm tra lại các con số; đặt mục tiêu có thể đạt được trong quý này và chuyển phần còn lại sang quý sau, hoặc nâng giới hạn thay đổi của kế hoạch.

kr-target-only = "{ $title }" (mục tiêu { $target }{ $unit })

## People rules

same-as-colleague = Mục tiêu { $objective } của { $owner } trong { $quarter } trùng tên với { $others }, cùng trong { $team }.
same-as-colleague-other = { $objective } của { $owner }
same-as-colleague-suggestion = Hãy viết rõ { $name } sẽ làm gì trong vai trò của mình: kênh, ca làm việc hoặc nhóm khách hàng của họ.

overload = { $node } đang giữ { $count } mục tiêu trong { $quarter }, nhiều hơn { $over } so với { $why } là { $cap }.
overload-own-cap = giới hạn riêng của họ
overload-new-hire-cap = giới hạn cho nhân viên mới
overload-company-cap = giới hạn của công ty
overload-division-cap = giới hạn cho khối
overload-team-cap = giới hạn cho nhóm
overload-agent-cap = giới hạn cho nhân viên
overload-pick = "{ $title }" ({ $key }, đã đạt { $done })
overload-pick-unsupported = "{ $title }" ({ $key }, đã đạt { $done }, chưa được ai hỗ trợ)
overload-suggestion = Hãy bỏ, gộp hoặc giao lại { $over } mục tiêu trong số đó, ví dụ { $picks }; hoặc nâng giới hạn cho { $name }.

## Lists

and = và
or = hoặc

## Check-in charts

chart-empty = chưa có lần cập nhật nào
chart-label = { $title }: các lần cập nhật so với { $goal } { $value }
chart-goal-target = mục tiêu
chart-goal-keep-above = mức tối thiểu cần giữ
chart-goal-keep-below = mức tối đa cần giữ

## Review reports

report-title = Đánh giá OKR: { $company }, { $quarter }
report-locked = 🔒 Đã khoá sau khi đánh giá bởi { $who }, { $date }
report-company = Công ty
report-division = Khối
report-team = Nhóm
report-agent = Nhân viên
report-reviewed = ✓ đã đánh giá bởi { $who }, { $date }
report-not-reviewed = chưa đánh giá
report-no-objectives = Chưa có mục tiêu nào trong { $quarter }.
report-col-objective = Mục tiêu
report-col-owner = Người phụ trách
report-col-krs = KQTC
report-col-key-results = Kết quả then chốt
report-col-own = Riêng
report-col-aligned = Liên kết
report-col-score = Điểm
report-col-supports = Hỗ trợ
report-col-person = Nhân sự
report-col-role = Vai trò
report-col-objectives = Mục tiêu
report-col-cap = Giới hạn
report-committed = cam kết
report-miss = chưa đạt, cần xem lại
report-at-risk = có rủi ro
report-over-cap = vượt giới hạn
report-new-hire = nhân viên mới
report-score = điểm { $score }
report-met = đạt
report-progress = có tiến triển
report-missed = chưa đạt
report-on-track = đúng tiến độ
report-off-track = chệch hướng
report-error = lỗi
report-warning = cảnh báo
report-info = ghi chú
report-errors-one = { $n } lỗi
report-errors-many = { $n } lỗi
report-warnings-one = { $n } cảnh báo
report-warnings-many = { $n } cảnh báo
report-infos-one = { $n } ghi chú
report-infos-many = { $n } ghi chú
report-findings = Phát hiện
report-summary = { $objectives } mục tiêu, { $key_results } kết quả then chốt · tiến độ riêng { $own } · tiến độ liên kết { $aligned } · { $over } người vượt giới hạn mục tiêu · phát hiện: { $findings }
report-scores = Điểm: { $misses } cam kết chưa đạt cần xem lại · { $risk } mục tiêu có rủi ro · { $reviewed } trên { $teams } nhóm đã đánh giá
report-total-objectives = mục tiêu
report-total-key-results = kết quả then chốt
report-total-own = tiến độ riêng
report-total-aligned = tiến độ liên kết
report-total-over-cap = vượt giới hạn
report-total-errors = lỗi
report-total-warnings = cảnh báo
report-total-infos = ghi chú
report-total-misses = cam kết chưa đạt cần xem lại
report-total-at-risk = có rủi ro
report-total-reviewed = nhóm đã đánh giá
report-legend = Riêng: tiến độ của các kết quả then chốt của chính mục tiêu. Liên kết: trung bình của tiến độ riêng và tiến độ liên kết của từng mục tiêu hỗ trợ nó, cho thấy công việc bên dưới có theo kịp hay không. ⚠ đánh dấu mục tiêu có phát hiện.

## The template library (okr templates)

library-role-director = Giám đốc
library-role-lead = Trưởng nhóm
library-role-agent = Nhân viên

## Excel export of a quarter

xlsx-sheet-company = Công ty
xlsx-sheet-divisions = Khối
xlsx-sheet-teams = Nhóm
xlsx-sheet-agents = Nhân viên
xlsx-sheet-findings = Phát hiện
xlsx-sheet-load = Khối lượng
xlsx-owner-key = Mã người phụ trách
xlsx-owner = Người phụ trách
xlsx-objective-key = Mã mục tiêu
xlsx-objective = Mục tiêu
xlsx-commitment = Cam kết
xlsx-supports = Hỗ trợ
xlsx-objective-score = Điểm mục tiêu
xlsx-reading = Đánh giá
xlsx-miss = Chưa đạt, cần xem lại
xlsx-at-risk = Có rủi ro
xlsx-kr-key = Mã kết quả then chốt
xlsx-kr = Kết quả then chốt
xlsx-kind = Loại
xlsx-baseline = Ban đầu
xlsx-target = Mục tiêu số
xlsx-current = Hiện tại
xlsx-unit = Đơn vị
xlsx-weight = Trọng số
xlsx-progress = Tiến độ
xlsx-score = Điểm
xlsx-confidence = Mức tin cậy
xlsx-severity = Mức độ
xlsx-rule = Quy tắc
xlsx-message = Nội dung
xlsx-suggestion = Gợi ý
xlsx-level = Cấp
xlsx-reports-to = Báo cáo cho
xlsx-objectives = Số mục tiêu
xlsx-cap = Giới hạn
xlsx-over-cap-by = Vượt giới hạn
xlsx-committed = cam kết
xlsx-aspirational = kỳ vọng
xlsx-kind-progress = tiến tới mục tiêu
xlsx-kind-keep-above = giữ từ mức này trở lên
xlsx-kind-keep-below = giữ từ mức này trở xuống
xlsx-company = công ty
xlsx-division = khối
xlsx-team = nhóm
xlsx-agent = nhân viên

## The import template (okr template) and its explanation sheet

template-help-sheet = Giải thích các cột
template-help-intro = Điền các trang tính Tổ chức, Mục tiêu và Kết quả then chốt, giữ nguyên dòng tiêu đề, rồi nhập sổ làm việc: okr import PLAN --xlsx TỆP.xlsx, hoặc Nhập trong ứng dụng. Các dòng có thể theo thứ tự bất kỳ.
template-help-sheet-column = Trang tính
template-help-column = Cột
template-help-required = Bắt buộc
template-help-what = Nội dung
template-yes = có
template-no = không
template-org-key = Mã ngắn của người hoặc đơn vị, không trùng trong kế hoạch (cskh-team-01); các trang tính khác gọi họ bằng mã này.
template-org-name = Tên người hoặc đơn vị, viết bằng chữ nào cũng được.
template-org-level = công ty, khối, nhóm hoặc nhân viên (chọn trong danh sách): một công ty, khối thuộc công ty, nhóm thuộc khối, nhân viên thuộc nhóm.
template-org-parent = Mã của đơn vị cấp trên; để trống cho công ty.
template-org-role = Không bắt buộc: vai trò của người này.
template-org-new_hire = Không bắt buộc: TRUE nếu là nhân viên mới (giới hạn mục tiêu thấp hơn).
template-org-objective_cap = Không bắt buộc: số mục tiêu tối đa trong một quý (số nguyên).
template-org-notes = Không bắt buộc: ghi chú.
template-objectives-key = Mã ngắn của mục tiêu, không trùng trong kế hoạch (cskh-2026q4-1).
template-objectives-quarter = Quý, viết dạng YYYY-Qn (2026-Q4); chọn trong danh sách.
template-objectives-owner = Mã của người hoặc đơn vị phụ trách, lấy từ trang Tổ chức.
template-objectives-title = Mục tiêu, viết thành một câu.
template-objectives-parent = Mã của mục tiêu cấp trên mà mục tiêu này hỗ trợ; để trống cho mục tiêu của công ty.
template-objectives-description = Không bắt buộc: mô tả thêm về mục tiêu.
template-objectives-commitment = Không bắt buộc: kỳ vọng (đạt ở 0,7) hoặc cam kết (phải đạt 1,0); chọn trong danh sách.
template-key_results-objective = Mã mục tiêu của kết quả, lấy từ trang Mục tiêu.
template-key_results-title = Kết quả then chốt: điều được đo.
template-key_results-baseline = Giá trị lúc bắt đầu (một số); có thể để trống.
template-key_results-target = Giá trị cần đạt (một số).
template-key_results-current = Giá trị hiện tại (một số).
template-key_results-unit = Không bắt buộc: đơn vị (%, giây, cuộc gọi).
template-key_results-weight = Không bắt buộc: trọng số trong điểm của mục tiêu (để trống là 1).
template-key_results-kind = Không bắt buộc: tiến tới mục tiêu (từ giá trị ban đầu đến chỉ tiêu), giữ từ mức này trở lên hoặc giữ từ mức này trở xuống (ngưỡng cần giữ); chọn trong danh sách.
template-key_results-key = Không bắt buộc: mã của kết quả (cskh-2026q4-1-kr1); giữ các lần cập nhật tiến độ khi nhập lại sổ làm việc. Để trống thì tạo từ mã mục tiêu.
template-key_results-score = Không bắt buộc: điểm chấm tay, từ 0 đến 1.
template-key_results-confidence = Không bắt buộc: đúng tiến độ, có rủi ro hoặc chệch hướng; chọn trong danh sách.

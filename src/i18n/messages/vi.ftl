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
template-key_results-measure = Không bắt buộc: chỉ số được đo, đúng như tên cột trong báo cáo tuần của hệ thống helpdesk (CSAT, FRT, FCR, AHT, QA, NPS); okr checkin --from ghi giá trị của báo cáo vào mọi kết quả then chốt có chỉ số đó.

## Errors: what went wrong, where, and what to do (codes stay English; these are for people)

text = { $text }
error-not-a-plan = { $path }: không phải là kế hoạch Cascade ({ $reason }); tệp không bị thay đổi
error-no-such-file = không có tệp này
error-not-a-file = không phải là tệp
error-empty-file = tệp trống
error-other-database = một cơ sở dữ liệu SQLite của chương trình khác
error-other-database-id = một cơ sở dữ liệu SQLite của chương trình khác, mã ứng dụng { $id }
error-newer-schema = { $path } được tạo bởi một phiên bản Cascade mới hơn (định dạng kế hoạch { $found }, phiên bản này chỉ đọc được đến { $supported }); hãy cập nhật Cascade để mở tệp. Tệp không bị thay đổi
error-already-exists = { $path } đã tồn tại; hãy chọn tên khác hoặc mở tệp đó
error-would-overwrite = { $path } đã tồn tại; hãy xuất vào một thư mục trống, hoặc chuyển tệp đó đi trước. Chưa có gì được ghi
error-busy = kế hoạch đang bận: một cửa sổ hoặc chương trình khác đang ghi vào đó; hãy thử lại sau giây lát
error-read-only = ở đây kế hoạch chỉ đọc được ({ $reason }); hãy mở một bản sao để chỉnh sửa
error-read-only-not-writable = không ghi được vào tệp hoặc thư mục chứa nó
error-read-only-old = tệp được tạo bởi một phiên bản Cascade cũ hơn và cần được nâng cấp, nhưng không ghi được vào tệp
error-read-only-file = không ghi được vào tệp
error-not-found = không có { $what } nào có { $by } "{ $value }"
error-duplicate-key = đã có { $what } với mã "{ $key }"
error-invalid = { $field }: "{ $value }" { $problem }
error-level-order = { $child }: { $child_level } phải nằm dưới { $expected }, không phải dưới { $found }
error-second-company = kế hoạch đã có công ty ("{ $existing }"); mỗi kế hoạch chỉ có đúng một công ty
error-cycle = liên kết "{ $child }" vào dưới "{ $parent }" sẽ tạo thành vòng lặp ({ $path })
error-has-dependents = { $what } "{ $key }" vẫn còn { $children } đơn vị con và { $objectives } mục tiêu; hãy xóa cả chúng, hoặc chuyển chúng đi trước
error-outside-review = không thể { $what } ở đây: bản sao đánh giá này chỉ gồm phần kế hoạch của { $node }
error-not-a-review = { $path } không phải là bản sao đánh giá (tạo bằng "Gửi đi đánh giá" hoặc `okr handout`); chưa có gì được gộp
error-foreign-review = { $path } là bản sao đánh giá của một kế hoạch khác ({ $detail }); chưa có gì được gộp
error-tampered-review = { $path } đã bị sửa ngoài phần được giao để đánh giá ({ $what }); chưa có gì được gộp
error-quarter-locked = quý { $quarter } đã bị khóa ({ $locked_by } khóa sau buổi đánh giá), nên không thể thay đổi mục tiêu, kết quả then chốt, cập nhật và đánh giá của quý này; hãy mở khóa quý trước (okr unlock PLAN --quarter { $quarter }, hoặc Mở khóa trong ứng dụng). Chưa có gì thay đổi
error-locked-quarters = thay đổi này chạm đến một quý đã khóa ({ $locked }), nên không thể thực hiện; hãy mở khóa quý trước (okr unlock PLAN --quarter Q, hoặc Mở khóa trong ứng dụng). Chưa có gì thay đổi
error-spreadsheet = { $path }: không ghi được bảng tính ({ $reason }); chưa có gì được ghi
error-broken = { $row }, { $field }: { $rule }
error-refused-review = không thể gộp { $path }: { $why }; chưa có gì được gộp
error-damaged = tệp kế hoạch bị hỏng ({ $detail }); hãy khôi phục từ một bản sao lưu
error-io = không đọc hoặc ghi được tệp: { $detail }
error-file-read = { $path }: không đọc được tệp ({ $detail }); hãy kiểm tra tệp có tồn tại và bạn có quyền đọc
error-file-write = { $path }: không ghi được tệp ({ $detail }); hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó
error-storage = không dùng được tệp kế hoạch ({ $what }); chưa có gì thay đổi
error-migration = không nâng cấp được tệp kế hoạch: { $detail }; tệp không bị thay đổi
error-no-plan = chưa mở kế hoạch nào; hãy mở hoặc tạo một kế hoạch
error-internal = tác vụ đã dừng trước khi xong ({ $detail }); hãy thử lại, nếu vẫn lặp lại thì khởi động lại Cascade

## What the storage said, without SQL

storage-unexpected = tệp kế hoạch trả về một kết quả mà phiên bản Cascade này không lường trước
storage-key-taken = một mã cần dùng đã bị dùng rồi
storage-missing-link = một liên kết trỏ đến thứ không có trong kế hoạch
storage-out-of-range = một giá trị bị thiếu hoặc nằm ngoài phạm vi kế hoạch cho phép
storage-disk-full = ổ đĩa đã đầy
storage-disk-failed = không đọc hoặc ghi được ổ đĩa
storage-cannot-open = không mở được tệp
storage-permission = không được phép dùng tệp ở đây
storage-refused = một quy tắc của tệp kế hoạch đã từ chối thay đổi
storage-failed = bộ lưu trữ bị lỗi

## What a plan holds, as errors name it

thing-objective = mục tiêu
thing-owner = người phụ trách
thing-check-in = lần cập nhật
thing-node = đơn vị
thing-key-result = kết quả then chốt
thing-comment = nhận xét
by-id = mã định danh
by-key = mã
level-company = công ty
level-division = khối
level-team = nhóm
level-agent = nhân viên
level-a-company = một công ty
level-a-division = một khối
level-a-team = một nhóm
level-an-agent = một nhân viên
level-nothing-top = không đơn vị nào (công ty là cấp cao nhất)
level-nothing = không đơn vị nào
level-the-node = { $level } "{ $key }"

## Fields and columns

field-title = tiêu đề
field-name = tên
field-key = mã
field-quarter = quý
field-quarters = các quý
field-commitment = mức cam kết
field-confidence = mức tin cậy
field-kind = loại
field-level = cấp
field-date = ngày
field-to = đến quý
field-score = điểm
field-weight = trọng số
field-baseline = mức ban đầu
field-target = mục tiêu cần đạt
field-current = giá trị hiện tại
field-unit = đơn vị đo
field-measure = chỉ số đo
field-change-limit = giới hạn thay đổi
field-comment = nhận xét
field-language = ngôn ngữ
field-plan = kế hoạch
field-description = mô tả
field-role = vai trò
field-notes = ghi chú
field-parent = cấp trên
field-by = người thực hiện
field-value = giá trị

## Why a value is refused

why-empty-words = đang để trống; hãy viết vài chữ
why-too-long = dài hơn { $max } ký tự
why-control = chứa ký tự điều khiển (xuống dòng, NUL…)
why-nul = chứa ký tự NUL
why-not-finite = không phải là một số hữu hạn
why-key-empty = đang để trống; cần có mã
why-key-spaces = chứa khoảng trắng hoặc ký tự điều khiển; hãy dùng chữ cái, chữ số, - hoặc _
why-not-commitment = không phải là mức cam kết (cần committed hoặc aspirational)
why-not-confidence = không phải là mức tin cậy (cần on-track, at-risk hoặc off-track)
why-not-quarter = không phải là một quý (cần dạng YYYY-Q1..Q4)
why-not-kind = không phải là loại kết quả then chốt (cần progress, keep-above hoặc keep-below)
why-not-level = không phải là một cấp (cần company, division, team hoặc agent)
why-future-date = là ngày trong tương lai (hôm nay là { $today }); một lần cập nhật ghi lại giá trị đã đo được
why-not-after = không sau { $from }; chuyển quý là mang mục tiêu sang một quý sau
why-score-range = nằm ngoài khoảng 0 đến 1 (0.7 nghĩa là đạt với mục tiêu kỳ vọng)
why-negative = là số âm
why-baseline-needed = đang để trống; kết quả then chốt loại tiến độ cần có mức ban đầu (chỉ ngưỡng giữ mới được để trống)
why-change-limit = phải từ 0% mức ban đầu trở lên (100% cho phép kết quả then chốt tăng gấp đôi)
why-name-empty = đang để trống; hãy ghi tên bạn (đặt một lần trong phần cài đặt của ứng dụng, hoặc --by với okr)
why-no-copies-each = không phát được bản riêng cho từng đơn vị; hãy chọn một khối để phát mỗi nhóm của khối một bản
why-comment-quarter = là mục tiêu của { $quarter }, không thuộc quý đang đánh giá ({ $reviewed })
why-comment-empty = đang để trống; hãy viết điều nhóm cần biết
why-same-quarter = trùng với quý dùng để so sánh; hãy so sánh hai quý khác nhau
why-not-comment-pair = không có dạng MÃ_MỤC_TIÊU=NỘI_DUNG
why-not-language = không phải là ngôn ngữ Cascade hỗ trợ (cần en, vi hoặc th)
why-no-quarters = đang để trống; hãy đưa ít nhất một quý
why-no-file = không có tệp để sao lưu

## The plan's invariants

row-node = đơn vị "{ $key }"
row-objective = mục tiêu "{ $key }"
row-key-result = kết quả then chốt "{ $key }"
rule-one-company = mỗi kế hoạch chỉ có đúng một công ty và "{ $first }" đã là công ty đó
rule-weight-negative = là số âm; trọng số phải từ 0 trở lên
rule-baseline-needed = đang để trống; kết quả then chốt loại tiến độ cần có giá trị này
rule-spaces-around = "{ $value }" có khoảng trắng hoặc dấu xuống dòng ở đầu hoặc cuối
rule-wrong-type = không đúng kiểu dữ liệu kế hoạch lưu ở đó (văn bản, số hoặc ngày)
rule-value = "{ $value }" { $problem }
rule-cycle = các liên kết tạo thành vòng lặp ({ $path })

## Import problems

import-refused-one = đã từ chối nhập và kế hoạch không bị thay đổi; hãy sửa lỗi này trong tệp rồi nhập lại:
import-refused-many = đã từ chối nhập và kế hoạch không bị thay đổi; hãy sửa { $count } lỗi này trong tệp rồi nhập lại:
import-more = … và còn nữa; chỉ hiện { $max } lỗi đầu tiên
import-would-remove-one = đã từ chối nhập và kế hoạch không bị thay đổi: tệp không còn kết quả then chốt này, trong khi nó đang giữ những gì nhóm đã ghi lại:
import-would-remove-many = đã từ chối nhập và kế hoạch không bị thay đổi: tệp không còn { $count } kết quả then chốt này, trong khi chúng đang giữ những gì nhóm đã ghi lại:
import-would-remove-fix-one = Hãy đưa nó trở lại tệp để giữ, hoặc xác nhận xóa (okr import --delete-missing) để xóa nó cùng những gì nó đang giữ.
import-would-remove-fix-many = Hãy đưa chúng trở lại tệp để giữ, hoặc xác nhận xóa (okr import --delete-missing) để xóa chúng cùng những gì chúng đang giữ.
place-line = dòng { $line }
place-row = hàng { $row }
place-item = { $list }[{ $index }]
import-column = cột { $column }
import-field = trường { $column }
import-number-empty = đang để trống; cần có một số
import-not-number = không phải là số
import-not-number-comma = không phải là số; hãy viết dấu thập phân bằng "." (ví dụ 4.5)
import-score-range = nằm ngoài khoảng 0 đến 1
import-objective-empty = đang để trống; hãy ghi mã của mục tiêu mà kết quả then chốt này đo lường
import-objective-unknown = không phải là mã của mục tiêu nào trong { $file } hay trong kế hoạch
import-key-twice = xuất hiện hai lần (lần đầu ở { $first }); mỗi { $what } chỉ được xuất hiện một lần

## Merge conflicts

conflict-row = { $table } "{ $label }"
conflict-in-field = { $what }, { $field }: { $why }
conflict-in-row = { $what }: { $why }
conflict-not-added = được thêm trong bản đánh giá, nhưng { $why }; nên chưa được thêm
conflict-value-refused = không dùng được giá trị trong bản đánh giá: { $why }; đã giữ giá trị của kế hoạch
conflict-still-holds = bị xóa trong bản đánh giá, nhưng kế hoạch vẫn còn { $under } bên dưới; nên vẫn được giữ lại
conflict-key-taken = kế hoạch đã có một dòng khác trùng { $field }
conflict-refused = kế hoạch không chấp nhận ({ $why })
thing-review = buổi đánh giá
thing-quarter-lock = khóa quý
import-company-parent = đang được điền, nhưng công ty không có cấp trên; hãy để trống
import-second-company = không thể ở đây: mỗi kế hoạch chỉ có đúng một công ty và "{ $company }" đã là công ty đó
import-parent-empty = đang để trống; { $node } cần mã của { $expected } cấp trên
import-node-unknown = không phải là mã của đơn vị nào trong { $file } hay trong kế hoạch
import-parent-level = là { $found }; cấp trên của { $node } phải là { $expected }
import-owner-empty = đang để trống; hãy ghi mã của đơn vị phụ trách mục tiêu
import-cycle = sẽ tạo thành vòng lặp giữa các mục tiêu: { $path }
import-not-yes-no = không phải là có hoặc không (cần để trống, yes, no, true, false, 1 hoặc 0)
import-not-whole-number = không phải là số nguyên từ 0 trở lên (hoặc để trống để dùng mặc định của kế hoạch)

## Import problems of reading files and history, the import's summary

import-header-unreadable = không đọc được dòng tiêu đề ({ $error }); hãy lưu lại tệp dưới dạng CSV từ bảng tính rồi nhập lại
import-file-empty = tệp đang trống; tệp cần có một dòng tiêu đề ghi tên các cột
import-line-unreadable = không đọc được dòng này ({ $error }); hãy kiểm tra xem các dấu ngoặc kép trong dòng đã được đóng đủ chưa
import-too-many-cells = có { $cells } ô, trong khi dòng tiêu đề có { $header }: { $fix }
import-extra-comma = dấu phẩy nằm trong một giá trị phải được đặt trong ngoặc kép ("…,…")
import-extra-semicolon = dấu chấm phẩy nằm trong một giá trị phải được đặt trong ngoặc kép ("…;…")
import-extra-tab = ký tự tab nằm trong một giá trị phải được đặt trong ngoặc kép
import-extra-sheet = có ô nằm bên phải cột cuối cùng nhưng cột đó không có tiêu đề; hãy đặt tiêu đề cho cột hoặc xóa nội dung ô
import-not-export = không phải là tệp xuất kế hoạch của Cascade: { $error }
import-export-format = không phải là tệp xuất kế hoạch của Cascade (định dạng của tệp là "{ $format }", cần là "{ $expected }")
import-export-newer = được tạo bởi một phiên bản Cascade mới hơn (phiên bản { $version }, bản này chỉ đọc được đến { $supported }); hãy cập nhật Cascade để nhập tệp này
import-not-workbook = tệp không phải là sổ làm việc Excel (.xlsx) có thể đọc được ({ $error }); trong Excel, hãy lưu tệp dưới dạng "Excel Workbook (*.xlsx)" rồi nhập lại
import-no-sheets = sổ làm việc không có trang tính nào tên là { $expected }, cũng không có trang nào mà hàng đầu tiên ghi tên các cột (các trang tính hiện có: { $sheets }); hãy đổi tên các trang tính hoặc bắt đầu từ tệp mẫu (okr template)
import-column-missing = thiếu cột "{ $vi }" ({ $column }) (dòng tiêu đề hiện có: { $header }); hãy thêm cột này vì đây là cột bắt buộc (tiếng Anh "{ $column }", tiếng Thái "{ $th }")
import-excel-date = là một ngày trong sổ làm việc, không phải là số (Excel có thể biến một số gõ bằng dấu chấm thành ngày); hãy định dạng ô là Number (Số) rồi gõ lại số
import-excel-error = là một lỗi của Excel, không phải là giá trị; hãy sửa công thức hoặc gõ giá trị vào
import-checkin-key-result-empty = đang để trống; hãy ghi mã của kết quả then chốt được cập nhật
import-not-date = không phải là ngày (cần dạng YYYY-MM-DD)
import-not-finite = không phải là một số hữu hạn
import-not-timestamp = không phải là ngày giờ (cần dạng RFC 3339, ví dụ 2026-10-01T08:00:00+00:00)
import-would-leave = sẽ khiến { $level } "{ $node }" nằm dưới { $parent }; hãy chuyển nó sang chỗ khác trước
import-what-key = mã
import-what-key-result-key = mã kết quả then chốt
import-key-result-key-in-file = là mã của một kết quả then chốt mà một dòng khác trong tệp đã dùng; hãy đặt mã khác cho dòng này
import-key-result-key-in-plan = đã là mã của một kết quả then chốt thuộc một mục tiêu mà tệp này không liệt kê; mỗi mã kết quả then chốt là duy nhất trong kế hoạch: hãy đặt mã khác cho dòng này
import-baseline-empty = đang để trống; kết quả then chốt dạng tiến độ cần có mức ban đầu (chỉ loại giữ từ một mức trở lên hoặc giữ không vượt một mức mới được để trống)
import-held = { $key } "{ $title }" (mục tiêu { $objective }) đang giữ { $holds }
import-held-checkins-one = 1 lần cập nhật
import-held-checkins-many = { $count } lần cập nhật
import-held-checkins-and-score = { $checkins } và điểm { $score }
import-held-score = điểm { $score }
import-held-nothing = không có gì
import-summary-nothing = không có gì thay đổi; kế hoạch đã có đúng những gì các tệp ghi
import-summary = đã thêm { $nodes_added } người và đơn vị, cập nhật { $nodes_updated }; đã thêm { $objectives_added } mục tiêu, cập nhật { $objectives_updated }; kết quả then chốt của { $objectives } mục tiêu: thêm { $added }, cập nhật { $updated }, giữ nguyên { $unchanged }, xóa { $removed }
import-summary-checkins-removed-one = (cùng với 1 lần cập nhật của chúng)
import-summary-checkins-removed-many = (cùng với { $count } lần cập nhật của chúng)
import-read-as = đã đọc { $file } theo bảng mã { $encoding }
import-created = đã tạo { $plan }: { $summary }
import-imported-into = đã nhập vào { $plan }: { $summary }
import-currents-kept-one = đã giữ 1 giá trị hiện tại theo các lần cập nhật đã ghi: kết quả then chốt có lần cập nhật lấy giá trị hiện tại từ đó, không lấy từ tệp (hãy ghi giá trị mới bằng okr checkin)
import-currents-kept-many = đã giữ { $count } giá trị hiện tại theo các lần cập nhật đã ghi: kết quả then chốt có lần cập nhật lấy giá trị hiện tại từ đó, không lấy từ tệp (hãy ghi giá trị mới bằng okr checkin)
import-added = đã thêm { $list }
import-added-checkins-one = 1 lần cập nhật
import-added-checkins-many = { $count } lần cập nhật
import-added-reviews-one = 1 dấu đã đánh giá
import-added-reviews-many = { $count } dấu đã đánh giá
import-added-comments-one = 1 nhận xét
import-added-comments-many = { $count } nhận xét
import-added-locks-one = 1 khóa quý
import-added-locks-many = { $count } khóa quý
template-written = đã ghi tệp mẫu tiếng Việt vào { $path }
import-no-files = không có gì để nhập: hãy chọn ít nhất một tệp (tổ chức, mục tiêu hoặc kết quả then chốt)
error-not-a-backup = { $path } không phải là bản sao lưu của kế hoạch này; hãy chọn một trong các bản sao lưu được liệt kê cho kế hoạch

## okr merge's text report

merge-text-merged = đã gộp { $review } (bản đánh giá của { $node } lấy lúc { $taken })
merge-text-no-changes = không có thay đổi nào cần áp dụng
merge-text-changes = { $count } thay đổi:
merge-text-added = đã thêm { $what } { $row }
merge-text-deleted = đã xóa { $what } { $row }
merge-text-changed = đã sửa { $what } { $row }: { $fields }
merge-text-conflicts = { $count } xung đột:
merge-text-values = lúc gửi đi { $base }, kế hoạch { $ours }, bản đánh giá { $theirs }
merge-text-none = (không có)
merge-text-take-theirs = để lấy theo bản đánh giá: --take-theirs { $reference }
merge-text-findings-unchanged = các phát hiện: không đổi
merge-text-findings = các phát hiện: { $new } mới, { $resolved } đã hết
merge-text-resolved = đã hết { $rule }: { $message }
merge-text-new = mới { $rule }: { $message }
merge-text-refused = đã từ chối { $path } ({ $code }): { $message }
merge-text-copies = đã gộp { $merged } trên { $total } bản sao ({ $conflicts } bản có xung đột), từ chối { $refused }

## What okr says when a command succeeds

okr-created = đã tạo { $plan }
okr-backed-up = đã sao lưu { $plan } vào { $backup }
okr-restored = đã khôi phục { $plan } từ { $backup }

## The plan's history: undo, redo, and what each change was

error-nothing-to-undo = Không có gì để hoàn tác: mọi thay đổi trong lịch sử của kế hoạch này đã được hoàn tác.
error-nothing-to-redo = Không có gì để làm lại: không còn thay đổi đã hoàn tác nào đang chờ (một thay đổi mới xóa những gì có thể làm lại).
error-undo-blocked = Không thể { $verb } "{ $what }": các dòng cần khôi phục đã bị thay đổi sau đó bởi "{ $later }" ({ $who }, { $at }). Hãy { $verb } thay đổi đó trước, hoặc giữ nguyên cả hai. Không có gì bị thay đổi.
error-undo-blocked-unknown = Không thể { $verb } "{ $what }": các dòng cần khôi phục đã bị thay đổi sau đó, ngoài lịch sử của kế hoạch. Không có gì bị thay đổi.
history-undo-verb = hoàn tác
history-redo-verb = làm lại
history-undo-label = Hoàn tác: { $what }
history-redo-label = Làm lại: { $what }
history-undone = Đã hoàn tác: { $what }
history-redone = Đã làm lại: { $what }
history-undone-at = đã hoàn tác lúc { $at } bởi { $who }
history-undone-when = đã hoàn tác lúc { $at }
history-changed-rows = thay đổi { $rows } dòng
history-objective-add = thêm mục tiêu "{ $title }"
history-objective-edit = sửa mục tiêu "{ $title }"
history-objective-link = liên kết mục tiêu "{ $title }"
history-objective-move = chuyển mục tiêu "{ $title }"
history-objective-delete = xóa mục tiêu "{ $title }"
history-key-result-add = thêm kết quả then chốt "{ $title }"
history-key-result-edit = sửa kết quả then chốt "{ $title }"
history-key-result-delete = xóa kết quả then chốt "{ $title }"
history-key-result-score = chấm điểm kết quả then chốt "{ $title }"
history-checkin-record = cập nhật { $value } cho "{ $title }"
history-checkin-report = cập nhật từ báo cáo { $file }
history-checkin-delete = xóa một lần cập nhật của "{ $title }"
history-node-add = thêm { $name }
history-node-edit = sửa { $name }
history-node-move = chuyển { $name }
history-node-delete = xóa { $name }
history-review-mark = đánh dấu { $name } đã được xem xét cho { $quarter }
history-review-unmark = bỏ đánh dấu xem xét của { $name } cho { $quarter }
history-comment-add = nhận xét về "{ $title }"
history-comment-delete = xóa một nhận xét về "{ $title }"
history-lock = khóa { $quarter }
history-unlock = mở khóa { $quarter }
history-settings = thay đổi cài đặt của kế hoạch
history-keep-days = giữ lịch sử { $days } ngày
history-rollover = chuyển { $from } sang { $to }
history-import = nhập { $files }
history-merge = hợp nhất bản xem xét { $file }
history-restore = khôi phục bản sao lưu { $file }
history-demo = điền kế hoạch mẫu
history-row-added = đã thêm
history-row-changed = đã sửa
history-row-removed = đã xóa
okr-history-none = Chưa có thay đổi nào được ghi lại.
okr-history-pruned = Đã xóa { $count } mục lịch sử trước { $before }.
okr-history-kept = Kế hoạch này giữ lịch sử { $days } ngày.


## Weekly check-ins from a helpdesk's report (okr checkin --from)

checkin-report-applied = { $file }: đã ghi { $checkins } lần cập nhật cho { $key_results } kết quả then chốt ({ $quarters }), từ { $rows } dòng
checkin-report-preview = { $file }: { $key_results } kết quả then chốt sẽ nhận giá trị ({ $checkins } lần cập nhật, { $quarters }), từ { $rows } dòng; chưa ghi gì
checkin-report-nothing = { $file }: không giá trị nào trong { $rows } dòng khớp với kết quả then chốt; không ghi gì
checkin-report-nothing-preview = { $file }: không giá trị nào trong { $rows } dòng khớp với kết quả then chốt; sẽ không ghi gì
checkin-report-history-only-one = 1 kết quả then chốt đã có lần cập nhật muộn hơn: giá trị của báo cáo được thêm vào lịch sử, giá trị hiện tại giữ nguyên
checkin-report-history-only = { $count } kết quả then chốt đã có lần cập nhật muộn hơn: giá trị của báo cáo được thêm vào lịch sử, giá trị hiện tại giữ nguyên
checkin-report-unmatched-owners = người phụ trách không khớp kết quả then chốt nào ({ $count }): { $list }
checkin-report-ambiguous-owners = tên mà nhiều người hoặc đơn vị cùng có ({ $count }), hãy ghi mã của họ: { $list }
checkin-report-unmatched-measures = cột không khớp chỉ số đo của kết quả then chốt nào ({ $count }): { $list }
checkin-report-list-more = { $list } và { $more } mục khác
checkin-report-refused-one = báo cáo bị từ chối và chưa ghi gì; hãy sửa lỗi này trong tệp rồi thử lại:
checkin-report-refused-many = báo cáo bị từ chối và chưa ghi gì; hãy sửa { $count } lỗi này trong tệp rồi thử lại:
checkin-report-value-missing = dòng tiêu đề có cột "kr" nhưng không có cột "value" (tiêu đề gồm: { $header }); hãy thêm cột giá trị đo được
checkin-report-no-shape = dòng tiêu đề không có cột "owner" (mỗi dòng một người hoặc đơn vị, mỗi cột một chỉ số như CSAT, FRT) cũng không có cột "kr" và "value" (mỗi dòng một lần cập nhật); tiêu đề gồm: { $header }
checkin-report-owner-empty = đang để trống; hãy ghi mã hoặc đúng tên của người hoặc đơn vị
checkin-report-kr-unknown = không phải mã của kết quả then chốt nào trong kế hoạch
checkin-report-quarter-empty = thuộc { $quarter }, quý mà kế hoạch chưa có mục tiêu nào; hãy kiểm tra ngày
checkin-report-today = báo cáo không có cột ngày và không có ngày nào được cho, nên giá trị được ghi ngày hôm nay, mà ngày này { $why }; hãy cho biết ngày đo (--date)

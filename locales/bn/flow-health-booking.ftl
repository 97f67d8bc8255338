## চিকিৎসার বুকিং ও ticket: assets/flows/health-booking.toml.

flow-health-booking-prescription_kind = আপনার কোন ধরনের প্রেসক্রিপশন (ricetta) আছে?
flow-health-booking-prescription_kind-hint = ইলেকট্রনিক প্রেসক্রিপশন একটি সাদা কাগজ, ওপরে দুটি বারকোড থাকে।
flow-health-booking-prescription_kind-electronic = ইলেকট্রনিক প্রেসক্রিপশন (সাদা কাগজ)
flow-health-booking-prescription_kind-paper = লাল কাগজের প্রেসক্রিপশন

flow-health-booking-paper_prescription = লাল প্রেসক্রিপশন এখানে পড়া যায় না। হাসপাতালের CUP (বুকিং অফিস) কাউন্টারে, ফার্মেসিতে বা ফোনে বুক করুন (প্রেসক্রিপশনে বিনা পয়সার ফোন নম্বর আছে)।

flow-health-booking-page-codes = প্রেসক্রিপশনের কোড
flow-health-booking-nre = প্রেসক্রিপশনের নম্বর (NRE)
flow-health-booking-nre-hint = 15টি অক্ষর ও অঙ্ক, প্রেসক্রিপশনের ওপরের দুটি বারকোডের ঠিক ওপরে।
flow-health-booking-patient_code = রোগীর ট্যাক্স কোড (codice fiscale), অথবা STP কোড
flow-health-booking-patient_code-hint = ট্যাক্স কোড স্বাস্থ্য কার্ডে (tessera sanitaria) আছে। যার থাকার পারমিট নেই সে STP কোড ব্যবহার করে (STP দিয়ে শুরু, 16টি অক্ষর ও অঙ্ক)।

flow-health-booking-priority = প্রেসক্রিপশনে কোন অগ্রাধিকার লেখা আছে?
flow-health-booking-priority-hint = এটি প্রেসক্রিপশনের "priorità" ঘরে একটি অক্ষর।
flow-health-booking-priority-u = U: জরুরি (72 ঘণ্টার মধ্যে)
flow-health-booking-priority-b = B: অল্প সময় (10 দিনের মধ্যে)
flow-health-booking-priority-d = D: পরে করা যায় (30 বা 60 দিনের মধ্যে)
flow-health-booking-priority-p = P: পরিকল্পিত

flow-health-booking-area = কোথায় যেতে চান?
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno (Montevarchi)
flow-health-booking-area-casentino = Casentino (Bibbiena)
flow-health-booking-area-valtiberina = Valtiberina (Sansepolcro)
flow-health-booking-area-valdichiana = Valdichiana (Cortona, Castiglion Fiorentino)
flow-health-booking-area-any = প্রথম খালি জায়গা, যেখানেই হোক

flow-health-booking-slot = দিন ও সময় বেছে নিন
flow-health-booking-slot-hint = এগুলো আপনার প্রেসক্রিপশনের জন্য খালি জায়গা।
flow-health-booking-slot-none = এই এলাকায় কোনো খালি জায়গা নেই। পেছনে গিয়ে অন্য এলাকা বেছে নিন, অথবা কর্মীকে জিজ্ঞেস করুন।

flow-health-booking-phone = আপনার ফোন নম্বর
flow-health-booking-phone-hint = অ্যাপয়েন্টমেন্ট বদলালে CUP আপনাকে ফোন করবে বা লিখে জানাবে।

flow-health-booking-payment = আমরা বুকিংয়ের কাগজ আর ticket (আপনার দেয় ফি)-এর পেমেন্ট নোটিশ (pagoPA) প্রিন্ট করব। ডাক্তার দেখানোর আগে টাকা দিন: ফার্মেসিতে, তামাকের দোকানে (tabaccaio), পোস্ট অফিসে, app IO দিয়ে বা হাসপাতালের ক্যাশে। প্রেসক্রিপশনে ছাড় (esenzione) লেখা থাকলে ticket দিতে হয় না। বাতিল করতে বুকিং কোড নিয়ে CUP-তে ফোন করুন।

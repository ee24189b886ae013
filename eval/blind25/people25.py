"""The people of blind25 (all invented): the bank's staff and its correspondents. Addresses are in .example;
consumer mail services appear as <service>.example (gmail.example, qq.example, 163.example, naver.example ...)."""

from case25 import P

# --------------------------------------------------------------------------
# Banque Delarive & Cie SA (delarive.example, Microsoft 365)
# --------------------------------------------------------------------------
helene = P("Hélène Vuilleumier", "helene.vuilleumier@delarive.example", "CH", "GVA")
julien = P("Julien Sarrasin", "julien.sarrasin@delarive.example", "CH", "GVA")
daniel = P("Daniel Koh", "daniel.koh@delarive.example", "SG", "SIN")
priya = P("Priya Raghunathan", "priya.raghunathan@delarive.example", "SG", "SIN")
angeline = P("Angeline Teo", "angeline.teo@delarive.example", "SG", "SIN")
insights = P("Delarive Asia Insights", "insights@delarive.example", "SG", "SIN")
events = P("Delarive Events Asia", "events.asia@delarive.example", "SG", "SIN")
vivian = P("Vivian Leung", "vivian.leung@delarive.example", "HK", "HKG")
eric = P("Eric Tsang", "eric.tsang@delarive.example", "HK", "HKG")
yiran = P("Yiran Shen", "yiran.shen@delarive.example", "HK", "HKG")
takumi = P("Takumi Arai", "takumi.arai@delarive.example", "HK", "HKG")
seoyeon = P("Seo-yeon Han", "seoyeon.han@delarive.example", "HK", "HKG")
cshk = P("Client Service HK", "clientservice.hk@delarive.example", "HK", "HKG")
omar = P("Omar Haddad", "omar.haddad@delarive.example", "AE", "DXB")
farah = P("Farah Siddiqui", "farah.siddiqui@delarive.example", "AE", "DXB")

# --------------------------------------------------------------------------
# India
# --------------------------------------------------------------------------
mehta = P("Rajesh Mehta", "rajmehta68@gmail.example", "IN")
shah = P("Nirav Shah", "nirav.shah@shahfamilyoffice.example", "IN")
desai = P("Vikram Desai", "vikram.desai1971@gmail.example", "IN")
bhatia = P("CA Sunil Bhatia", "sunil@bhatiarao-ca.example", "IN")
iyer = P("Lakshmi Iyer", "lakshmi@iyerholdings.example", "IN")
kapoor = P("Arjun Kapoor", "arjun.kapoor@kapoorexports.example", "IN")
nair = P("Meera Nair", "meera.nair.blr@gmail.example", "IN")
agarwal = P("Deepak Agarwal", "deepak@agarwalgroup.example", "IN")
rao = P("Sujata Rao", "sujata.rao@agarwalgroup.example", "IN")

# --------------------------------------------------------------------------
# Singapore
# --------------------------------------------------------------------------
tan = P("Tan Boon Keng", "tanboonkeng@gmail.example", "SG")
meiling = P("Lim Mei Ling", "meiling.lim@limfo.example", "SG")
kokwah = P("Lim Kok Wah", "kw.lim@limfo.example", "SG")
goh = P("Goh Siew Lan", "siewlan.goh@singmail.example", "SG")
chia = P("Rachel Chia", "rachel.chia@marinacrest.example", "SG")
menon = P("Kavitha Menon", "kavitha.menon@chuamenon.example", "SG")
ong = P("Kenneth Ong", "kennethong@icloud.example", "SG")
wee = P("Wee Hui Min", "huimin.wee@gmail.example", "SG")
seah = P("Jonathan Seah", "jonathan.seah@seahmaritime.example", "SG")
morel = P("Antoine Morel", "antoine.morel@me.example", "SG")

# --------------------------------------------------------------------------
# Hong Kong
# --------------------------------------------------------------------------
chanmy = P("Chan Mei Yee", "meiyee.chan@gmail.example", "HK")
ho = P("何家樑", "kaleung.ho@netvigator-mail.example", "HK")
winnie = P("Winnie Lau", "winnie.lau@kwanfamilyoffice.example", "HK")
kwok = P("Raymond Kwok", "raymond.kwok@kwokho-law.example", "HK")
harbour = P("Harbourline Client Service", "clientservice@harbourline-custody.example", "HK")
cheung = P("Alan Cheung", "alan.cheung@cheungholdings.example", "HK")

# --------------------------------------------------------------------------
# Mainland China
# --------------------------------------------------------------------------
zhou = P("周建国", "zhoujg1962@qq.example", "CN")
liwj = P("李文静", "liwenjing_hz@163.example", "CN")
wang = P("王海涛", "wanght@haitao-trading.example", "CN")
chen = P("陈志远", "chenzhiyuan@hengtong-group.example", "CN")
sunli = P("孙丽", "sunli0822@163.example", "CN")
liuyang = P("刘洋", "liu.yang@jinfeng-tech.example", "CN")
huang = P("黄晓东", "huangxiaodong@xinghe-capital.example", "CN")
wujy = P("吴静怡", "wujingyi@ruifeng-holdings.example", "CN")
zhaolei = P("赵磊", "zhaolei_sh@icloud.example", "CN")
qian = P("钱思远", "qiansiyuan88@gmail.example", "CN")
zheng = P("郑国平", "zhengguoping@126.example", "CN")
feng = P("冯雪", "fengxue1985@sina.example", "CN")

# --------------------------------------------------------------------------
# Taiwan
# --------------------------------------------------------------------------
lincm = P("林志明", "cmlin@hsinyi-ind.example", "TW")
changsf = P("張淑芬", "sf.chang@chenghe-tw.example", "TW")
huangjh = P("黃建宏", "jhhuang.tw@gmail.example", "TW")

# --------------------------------------------------------------------------
# Japan
# --------------------------------------------------------------------------
sato = P("佐藤 健一", "k-sato@sato-kosan.example", "JP")
yamada = P("山田 浩二", "koji_yamada1958@yahoo.co.jp.example", "JP")
suzuki = P("鈴木 真理子", "mariko.suzuki@icloud.example", "JP")
nakamura = P("中村 誠", "nakamura@nakamura-zeirishi.example", "JP")
kobayashi = P("Hiroshi Kobayashi", "hiroshi.kobayashi.tky@gmail.example", "JP")
takahashi = P("高橋 直子", "n.takahashi@takahashi-hd.example", "JP")
ito = P("伊藤 隆", "t-ito@ito-shoji.example", "JP")

# --------------------------------------------------------------------------
# Korea
# --------------------------------------------------------------------------
park = P("박지훈", "jihoon_park@naver.example", "KR")
kimms = P("김민수", "minsu.kim@hanbit-holdings.example", "KR")
leesj = P("Seojun Lee", "seojun.lee.kr@gmail.example", "KR")
choi = P("최유진", "yujin.choi@icloud.example", "KR")
jung = P("정현우", "hyunwoo_jung@hanmail.example", "KR")
yoon = P("윤미경", "mikyung.yoon@naver.example", "KR")

# --------------------------------------------------------------------------
# UAE, Saudi Arabia
# --------------------------------------------------------------------------
khalid = P("Khalid Al Mansoori", "khalid@almansoori-inv.example", "AE")
pillai = P("Suresh Pillai", "suresh.pillai@gulfstar-trading.example", "AE")
saeed = P("سعيد النعيمي", "saeed.alnuaimi@gmail.example", "AE")
khoury = P("Nadim Khoury", "nadim.khoury@gmail.example", "AE")
faisal = P("Faisal Al-Rashid", "f.alrashid@rashid-fo.example", "SA")
qahtani = P("عبدالرحمن القحطاني", "a.alqahtani@qahtani-group.example", "SA")
majed = P("Majed Alharbi", "m.alharbi@harbi-est.example", "SA")

# --------------------------------------------------------------------------
# Switzerland
# --------------------------------------------------------------------------
bovay = P("Sandrine Bovay", "s.bovay@fiduciaire-leman.example", "CH")
kimura = P("木村 大輔", "d.kimura@takahashi-hd.example", "JP")

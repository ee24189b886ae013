"""Blind set G, English replies g051-g075 (Ireland, Scotland, Hong Kong, Singapore, UAE, South Africa,
Australia, New Zealand, Canada, India, Israel, the US East and West coasts). Plain data read by build.py;
see cases_fr1.py for the marks. The mailbox user is always a Verdalle Partners adviser in France.
"""

CASES = [
    {
        "id": "g051",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "IE",
        "sender": ("Siobhán Ní Bhriain", "sinibhriain@keane-odonoghue.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Thank you for your email. The Grant of Probate in the estate of the late Mrs Margaret Duval issued on 6 March, so we can now close the Irish bank accounts and instruct the sale of the shares held with the Dublin stockbroker.
Your clients will need to file their Capital Acquisitions Tax returns by 31 October; we would be happy to prepare them if they wish.

Kind regards,

§Siobhán Ní Bhriain
§Partner | Private Client & Tax
§Keane O'Donoghue LLP
§28 Upper Mount Street, Dublin 2, D02 KX47
§T +353 1 661 2847 | M +353 87 342 1956
§www.keane-odonoghue.example

Keane O'Donoghue LLP is regulated by the Law Society of Ireland. This email and any attachments are confidential.
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 9, 15, 22),
            "subject": "Estate of Margaret Duval",
            "text": """
Dear Siobhán,

I am writing on behalf of Mrs Duval's two sons, both resident in France. Could you let me know where matters stand with the Grant of Probate and the Irish assets?
""",
        },
        "fields": {
            "name": "Siobhán Ní Bhriain",
            "title": "Partner | Private Client & Tax",
            "company": "Keane O'Donoghue LLP",
            "website": "www.keane-odonoghue.example",
            "address": "28 Upper Mount Street, Dublin 2, D02 KX47",
            "phones": [("+35316612847", "landline"), ("+353873421956", "mobile")],
        },
    },
    {
        "id": "g052",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "IE",
        "hard": True,
        "sender": ("Declan O'Sullivan-McGrath", "declan.osullivan-mcgrath@leevalleyfoods.example"),
        "user": "hb",
        "new": """
Hi Hugo,

Answers to the Q&A batch 3 are now in the data room (folder 7.3). On the customer concentration point: the top two retail customers were 41% of revenue in FY25, down from 47%.
The renewed supply agreement with the Galway co-op is signed and uploaded as well.

Thanks,

§Declan O'Sullivan-McGrath
§Chief Financial Officer
§Lee Valley Foods Ltd
§Unit 7, Ballycurreen Industrial Estate, Kinsale Road, Cork, T12 R6X2
§021 427 3816 / 086 258 4417
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 16, 10, 5),
            "subject": "Project Shamrock – Q&A batch 3",
            "text": """
Hi Declan,

Please find attached the third batch of questions from our client. The customer concentration question is the priority for their investment committee.
""",
        },
        "fields": {
            "name": "Declan O'Sullivan-McGrath",
            "title": "Chief Financial Officer",
            "company": "Lee Valley Foods Ltd",
            "address": "Unit 7, Ballycurreen Industrial Estate, Kinsale Road, Cork, T12 R6X2",
            "phones": [("+353214273816", "landline"), ("+353862584417", "mobile")],
        },
    },
    {
        "id": "g053",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "GB",
        "hard": True,
        "sender": ("Fraser McAllister", "fraser.mcallister@strathmore-im.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Many thanks for the introduction to Mr and Mrs Laurent. I have now received the signed discretionary management agreement and the transfer of the ISA has been initiated; it usually takes three to four weeks.
As they are moving to Edinburgh in June, I would suggest a meeting at our office once they have settled.

With best wishes,

§Fraser McAllister CFA
§Director, Private Clients
§Strathmore Investment Management
§9 Melville Crescent, Edinburgh EH3 7LZ
§Direct: 0131 496 0418 | Mobile: 07817 346 229

Strathmore Investment Management Limited is authorised and regulated by the Financial Conduct Authority. Registered in Scotland No. SC412873.
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 4, 9, 12),
            "subject": "Mr and Mrs Laurent – introduction",
            "text": """
Dear Fraser,

As discussed, I am pleased to introduce Mr and Mrs Laurent, who are relocating to Edinburgh this summer and would like you to manage their UK portfolio.
""",
        },
        "fields": {
            "name": "Fraser McAllister",
            "title": "Director, Private Clients",
            "company": "Strathmore Investment Management",
            "address": "9 Melville Crescent, Edinburgh EH3 7LZ",
            "phones": [("+441314960418", "landline"), ("+447817346229", "mobile")],
        },
    },
    {
        "id": "g054",
        "lang": "en",
        "client": "gmail",
        "layout": "table-pipes",
        "sreg": "GB",
        "sender": ("Alasdair MacLeod", "alasdair@kelvinburns.example"),
        "user": "eg",
        "new": """
Hi Émilie,

On the residence question: if Mr Faure arrives in Glasgow in September and keeps his flat in Lyon, he is likely to be UK resident for 2026/27 under the automatic UK test, but split-year treatment should apply.
I can run through the Statutory Residence Test with him on a call next week if helpful.

Best,

§Alasdair MacLeod CA | Tax Partner | Kelvin Burns LLP | 0141 496 0277
""",
        "quote": {
            "style": "gmail_uk",
            "when": (2026, 3, 19, 16, 40),
            "subject": "Mr Faure – UK residence",
            "text": """
Hi Alasdair,

Our client Mr Faure is moving to Glasgow in September for work. Could you tell us how the Statutory Residence Test is likely to apply to him in his first year?
""",
        },
        "fields": {
            "name": "Alasdair MacLeod",
            "title": "Tax Partner",
            "company": "Kelvin Burns LLP",
            "phones": [("+441414960277", "landline")],
        },
    },
    {
        "id": "g055",
        "lang": "en",
        "client": "outlook",
        "layout": "lastname-first",
        "sreg": "HK",
        "sender": ("Vincent Chan", "vincent.chan@harbourcrest-fo.example"),
        "user": "eg",
        "new": """
Dear Ms Garnier,

Thank you for the proposal. The family is comfortable with the French SCI structure for the Paris apartment, but would like the shares to be held through the existing BVI holding rather than directly.
Could your tax team confirm the 3% tax position in that case before we proceed?

Best regards,

§CHAN Tai-man, Vincent
§Principal
§Harbour Crest Family Office Limited
§18/F, Harcourt Tower, 41 Connaught Road Central, Central, Hong Kong
§Tel: (852) 2845 3170 | Mobile: (852) 9137 4286
""",
        "quote": {
            "style": "outlook_us",
            "when": (2026, 3, 5, 8, 30),
            "subject": "Paris apartment – holding structure",
            "text": """
Dear Mr Chan,

Following our call, please find attached our proposal for holding the Paris apartment through a French SCI.
""",
        },
        "fields": {
            "name": "CHAN Tai-man, Vincent",
            "title": "Principal",
            "company": "Harbour Crest Family Office Limited",
            "address": "18/F, Harcourt Tower, 41 Connaught Road Central, Central, Hong Kong",
            "phones": [("+85228453170", "landline"), ("+85291374286", "mobile")],
        },
    },
    {
        "id": "g056",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "HK",
        "hard": True,
        "sender": ("Rebecca Lam", "rebecca.lam@harbourview-fs.example"),
        "user": "hb",
        "new": """
Dear Hugo,

We have received the subscription agreement for Verdalle Asia Opportunities Fund on behalf of Cobalt Holdings Ltd. However, the application cannot be processed until we receive the W-8BEN-E and the certified register of directors.
The next dealing day is 31 March; documents must reach us by 5 p.m. HKT on 27 March.

Kind regards,

§Rebecca Lam
§Assistant Vice President, Investor Services
§Harbourview Fund Services Limited
§海景基金服務有限公司
§Unit 2302, 23/F, Pacific Trade Centre, 2 Kai Hing Road, Kowloon Bay, Kowloon, Hong Kong
§D +852 3751 2290 | F +852 3751 2299
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 20, 10, 48),
            "subject": "Subscription – Cobalt Holdings Ltd",
            "text": """
Dear Rebecca,

Please find attached the signed subscription agreement of Cobalt Holdings Ltd for USD 2,000,000.
""",
        },
        "fields": {
            "name": "Rebecca Lam",
            "title": "Assistant Vice President, Investor Services",
            "company": "Harbourview Fund Services Limited",
            "address": "Unit 2302, 23/F, Pacific Trade Centre, 2 Kai Hing Road, Kowloon Bay, Kowloon, Hong Kong",
            "phones": [("+85237512290", "landline"), ("+85237512299", "fax")],
        },
    },
    {
        "id": "g057",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "SG",
        "sender": ("Priscilla Goh", "priscilla.goh@meridianstraits.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Thank you for sending Mr Rousseau's documents. The account opening is with our compliance team; they have one outstanding request, the CRS self-certification form, which must show his Singapore tax residence from 1 April.
Once received, the account should be open within five working days.

Warm regards,

[logo]
§Priscilla Goh
§Executive Director | Private Wealth Management
§Meridian Straits Bank Ltd
§#27-04 Orchid Point, 10 Collyer Quay, Singapore 049315
§DID +65 6225 3184 | HP +65 9176 2438

Meridian Straits Bank Ltd is regulated by the Monetary Authority of Singapore. Co. Reg. No. 199804123K.
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 23, 7, 55),
            "subject": "Account opening – Mr Julien Rousseau",
            "text": """
Dear Priscilla,

Please find attached the KYC documents of Mr Rousseau, who relocates to Singapore next month.
""",
        },
        "fields": {
            "name": "Priscilla Goh",
            "title": "Executive Director | Private Wealth Management",
            "company": "Meridian Straits Bank Ltd",
            "address": "#27-04 Orchid Point, 10 Collyer Quay, Singapore 049315",
            "phones": [("+6562253184", "landline"), ("+6591762438", "mobile")],
        },
    },
    {
        "id": "g058",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "SG",
        "sender": ("Lim Boon Keat", "bklim@straitsmaritime.example"),
        "user": "hb",
        "new": """
Dear Mr Bastide,

Please find attached the port call statistics for 2023-2025 by principal, as requested. Husbandry services represent about 18% of gross margin; the remainder is agency fees.
Our two largest principals have renewed their agency agreements until 2028.

Regards,

§Capt. Lim Boon Keat
§General Manager, Agency & Husbandry
§Straits Maritime Agencies Pte Ltd
§29 Keppel Terrace, #05-11, Singapore 099032
§Office +65 6536 1842 | Mobile/WhatsApp +65 8326 5107
§24h Ops +65 6536 1840
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 10, 14, 0),
            "subject": "Project Lighthouse – port call data",
            "text": """
Dear Captain Lim,

Our client would like to see port call statistics by principal for the last three years. Could you share them?
""",
        },
        "fields": {
            "name": "Lim Boon Keat",
            "title": "General Manager, Agency & Husbandry",
            "company": "Straits Maritime Agencies Pte Ltd",
            "address": "29 Keppel Terrace, #05-11, Singapore 099032",
            "phones": [("+6565361842", "landline"), ("+6583265107", "mobile"), ("+6565361840", "landline")],
        },
    },
    {
        "id": "g059",
        "lang": "en",
        "client": "owa",
        "layout": "block",
        "sreg": "AE",
        "sender": ("Omar Al-Hashimi", "o.alhashimi@falconridge-fo.example"),
        "user": "eg",
        "new": """
Dear Émilie,

We have reviewed the term sheet for the Lyon office building. The family is interested in a 40% stake, provided the investment is made through a Luxembourg SPV and the French manager co-invests at least 10%.
Could we schedule a call with the sponsor next Wednesday, 11:00 Dubai time?

Best regards,

§Omar Al-Hashimi
§Chief Investment Officer
§Falcon Ridge Family Office Ltd
§Office 1204, Level 12, Gate Village Building 3, DIFC
§P.O. Box 507231, Dubai, United Arab Emirates
§T +971 4 331 2876 | M +971 50 632 1948

Falcon Ridge Family Office Ltd is regulated by the Dubai Financial Services Authority.
""",
        "quote": {
            "style": "owa_en",
            "when": (2026, 3, 25, 13, 10),
            "cc": "Claire Mercadier <c.mercadier@verdalle-partners.example>",
            "subject": "Co-investment opportunity – Lyon office building",
            "text": """
Dear Omar,

As promised, please find attached the term sheet for the Lyon office co-investment.
""",
        },
        "fields": {
            "name": "Omar Al-Hashimi",
            "title": "Chief Investment Officer",
            "company": "Falcon Ridge Family Office Ltd",
            "address": "Office 1204, Level 12, Gate Village Building 3, DIFC, P.O. Box 507231, Dubai, United Arab Emirates",
            "phones": [("+97143312876", "landline"), ("+971506321948", "mobile")],
        },
    },
    {
        "id": "g060",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "AE",
        "sender": ("Hessa Al Marzouqi", "hessa.almarzouqi@cornichelegal.example"),
        "user": "eg",
        "new": """
Dear Ms Garnier,

The power of attorney signed by Mr Haddad in Abu Dhabi must be notarised, then attested by the Ministry of Foreign Affairs and by the French Embassy before it can be used by the notary in Nice.
We can arrange all three steps; the whole process usually takes around ten working days.

Kind regards,

§Hessa Al Marzouqi
§Senior Associate
§Corniche Legal LLP
§Level 22, Al Sila Tower, ADGM Square, Al Maryah Island, Abu Dhabi, UAE
§T +971 2 627 4415
§WhatsApp +971 55 471 2093
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 26, 9, 30),
            "subject": "Power of attorney – Mr Haddad",
            "text": """
Dear Ms Al Marzouqi,

Mr Haddad needs to sign a power of attorney in Abu Dhabi for the sale of his flat in Nice. What formalities are required for it to be valid in France?
""",
        },
        "fields": {
            "name": "Hessa Al Marzouqi",
            "title": "Senior Associate",
            "company": "Corniche Legal LLP",
            "address": "Level 22, Al Sila Tower, ADGM Square, Al Maryah Island, Abu Dhabi, UAE",
            "phones": [("+97126274415", "landline"), ("+971554712093", "mobile")],
        },
    },
    {
        "id": "g061",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "ZA",
        "sender": ("Pieter van der Merwe", "pvdmerwe@highveldpack.example"),
        "user": "hb",
        "new": """
Hi Hugo,

The board approved the disposal of the French subsidiary at yesterday's meeting, subject to SARB exchange control approval for the repatriation of proceeds.
We are happy with the revised SPA mark-up; our lawyers will send their final comments on the warranties by Friday.

Regards,

§Pieter van der Merwe CA(SA)
§Chief Financial Officer
§Highveld Packaging Holdings Limited
§2nd Floor, The Pavilion, 14 Rivonia Road, Sandown, Sandton, 2196
§Tel: +27 (0)11 783 2240  Cell: +27 (0)82 574 1193

Directors: T.J. Mokoena (Chairman), P. van der Merwe, S. Naidoo. Registration number 2004/012345/06.
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 27, 8, 0),
            "subject": "Project Karoo – board approval and SPA",
            "text": """
Hi Pieter,

Could you confirm the outcome of the board meeting and whether you are comfortable with the revised SPA?
""",
        },
        "fields": {
            "name": "Pieter van der Merwe",
            "title": "Chief Financial Officer",
            "company": "Highveld Packaging Holdings Limited",
            "address": "2nd Floor, The Pavilion, 14 Rivonia Road, Sandown, Sandton, 2196",
            "phones": [("+27117832240", "landline"), ("+27825741193", "mobile")],
        },
    },
    {
        "id": "g062",
        "lang": "en",
        "client": "iphone",
        "layout": "mobile",
        "sreg": "ZA",
        "sender": ("Annelie du Toit", "annelie@klipfontein-estate.example"),
        "user": "eg",
        "new": """
Hi Émilie,

Yes, Thursday 10am your time works. I'll have the latest valuation of the farm and the cellar with me, and our accountant will dial in from Paarl.

§Annelie du Toit
§Cellarmaster & Owner, Klipfontein Estate
§+27 83 226 7415

Sent from my iPhone
""",
        "quote": {
            "style": "iphone_en",
            "when": (2026, 3, 30, 16, 15),
            "subject": "Call about the French buyer",
            "text": """
Dear Annelie,

Would Thursday at 10am Paris time suit you for a call about the French buyer's offer for a stake in the estate?
""",
        },
        "fields": {
            "name": "Annelie du Toit",
            "title": "Cellarmaster & Owner",
            "company": "Klipfontein Estate",
            "phones": [("+27832267415", "mobile")],
        },
    },
    {
        "id": "g063",
        "lang": "en",
        "client": "gmail",
        "layout": "dash-dash",
        "sreg": "AU",
        "hard": True,
        "sender": ("Chloe Nguyen", "chloe@wattle-analytics.example"),
        "user": "hb",
        "new": """
Hi Hugo,

Thanks for the term sheet from the Lyon fund. We're keen, but the board wants the French entity to sit under the Australian parent rather than a new Dutch holding.
Also, our ESOP needs to extend to the French team. Can we find 30 mins on Monday (your morning, my evening)?

Cheers,
--\x20
§Chloe Nguyen (she/her)
§Co-founder & CEO | Wattle Analytics
§Level 9, 60 Margaret Street, Sydney NSW 2000
§M 0412 738 205
§wattle-analytics.example
""",
        "quote": {
            "style": "gmail_uk",
            "when": (2026, 4, 1, 8, 22),
            "subject": "Wattle Analytics – term sheet",
            "text": """
Hi Chloe,

Please find attached the term sheet from the Lyon fund for your European expansion round. Happy to walk you through it.
""",
        },
        "fields": {
            "name": "Chloe Nguyen",
            "title": "Co-founder & CEO",
            "company": "Wattle Analytics",
            "website": "wattle-analytics.example",
            "address": "Level 9, 60 Margaret Street, Sydney NSW 2000",
            "phones": [("+61412738205", "mobile")],
        },
    },
    {
        "id": "g064",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "AU",
        "hard": True,
        "sender": ("Gavin O'Loughlin", "goloughlin@karriresources.example"),
        "user": "hb",
        "new": """
Hugo,

Confirming that the off-market transfer of the 12.4% stake held by the French shareholder can settle on 14 April. Our share registry will need the signed transfer form and a copy of the FIRB notification.
Happy to discuss tonight your time.

Regards,

§Gavin O'Loughlin
§Chief Financial Officer & Company Secretary
§Karri Resources Limited
§Level 3, 88 St Georges Terrace, Perth WA 6000
§T (08) 9322 6145 | M 0438 917 602
ABN 62 631 458 207
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 4, 2, 17, 35),
            "subject": "Karri Resources – transfer of the French stake",
            "text": """
Gavin,

Can you confirm the settlement date for the transfer of our client's 12.4% stake, and the documents your registry will need?
""",
        },
        "fields": {
            "name": "Gavin O'Loughlin",
            "title": "Chief Financial Officer & Company Secretary",
            "company": "Karri Resources Limited",
            "address": "Level 3, 88 St Georges Terrace, Perth WA 6000",
            "phones": [("+61893226145", "landline"), ("+61438917602", "mobile")],
        },
    },
    {
        "id": "g065",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "NZ",
        "hard": True,
        "sender": ("Aroha Ngata-Williams", "aroha@waitemata-ca.example"),
        "user": "eg",
        "new": """
Kia ora Émilie,

I've reviewed the trust deed for the Dupont Family Trust. As Mrs Dupont is now resident in France, distributions to her will be taxable there, and the trust itself may become a foreign trust for New Zealand purposes if the resident trustee resigns.
I'd recommend we keep a New Zealand trustee for now. Happy to discuss.

Ngā mihi,

§Aroha Ngata-Williams CA
§Partner
§Waitematā Chartered Accountants
§Level 4, 125 Queen Street, Auckland 1010
§PO Box 5123, Auckland 1141
§DDI 09 379 4128 | Mob 021 457 382
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 18, 21, 5),
            "subject": "Dupont Family Trust",
            "text": """
Dear Aroha,

Mrs Dupont moved back to France last year. Could you review the trust deed and tell us what the tax consequences are for the trust and for her?
""",
        },
        "fields": {
            "name": "Aroha Ngata-Williams",
            "title": "Partner",
            "company": "Waitematā Chartered Accountants",
            "address": "Level 4, 125 Queen Street, Auckland 1010, PO Box 5123, Auckland 1141",
            "phones": [("+6493794128", "landline"), ("+6421457382", "mobile")],
        },
    },
    {
        "id": "g066",
        "lang": "en",
        "client": "outlook",
        "layout": "team",
        "sreg": "NZ",
        "sender": ("Kōwhai Trustees – Trust Services", "trusts@kowhai-trustees.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Thank you for your letter of 12 March. We confirm that the deed of variation adding Mr Dupont's grandchildren as discretionary beneficiaries has been executed by both trustees and is enclosed.
We will update the beneficiary register and the trust's annual return accordingly.

Yours sincerely,

§Trust Services Team
§Kōwhai Trustees Limited
§PO Box 10-245, Wellington 6143
§Phone 04 472 9316
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 12, 11, 20),
            "subject": "Dupont Family Trust – deed of variation",
            "text": """
Dear Sir or Madam,

Please find attached the deed of variation agreed with Mrs Dupont, to be executed by both trustees.
""",
        },
        "fields": {
            "company": "Kōwhai Trustees Limited",
            "address": "PO Box 10-245, Wellington 6143",
            "phones": [("+6444729316", "landline")],
        },
    },
    {
        "id": "g067",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "CA",
        "sender": ("Michael Goldberg-Shaw", "mgoldbergshaw@northbridgecm.example"),
        "user": "hb",
        "new": """
Hugo,

Thanks for the call. Our client would consider a minority stake in the French target only alongside a Canadian co-investor, so please include us in the second round of the process.
We can sign your NDA as is; executed copy attached.

Best,

§Michael Goldberg-Shaw
§Managing Director, Investment Banking
§Northbridge Capital Markets Inc.
§200 Bay Street, Suite 3100, Toronto, ON M5J 2J2
§T 416 555-0190 | C 416 555-0131

This email may contain confidential information. / Ce courriel peut contenir des renseignements confidentiels.
""",
        "quote": {
            "style": "outlook_us",
            "when": (2026, 3, 24, 14, 45),
            "subject": "Project Cristal – NDA",
            "text": """
Michael,

Following our call, please find attached the NDA for Project Cristal.
""",
        },
        "fields": {
            "name": "Michael Goldberg-Shaw",
            "title": "Managing Director, Investment Banking",
            "company": "Northbridge Capital Markets Inc.",
            "address": "200 Bay Street, Suite 3100, Toronto, ON M5J 2J2",
            "phones": [("+14165550190", "landline"), ("+14165550131", "mobile")],
        },
    },
    {
        "id": "g068",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "CA",
        "sender": ("Jasdeep Sandhu", "jsandhu@sandhuwhitford.example"),
        "user": "eg",
        "new": """
Hi Émilie,

The sale of the Kitsilano property closed yesterday. Net proceeds of CAD 1,874,000 are held in our trust account; we need Mr and Mrs Moreau's written direction to wire them to the French account.
Note that 15% is withheld until the Canada Revenue Agency issues the clearance certificate for non-residents.

Thanks,

§Jasdeep Sandhu (he/him)
§Partner
§Sandhu Whitford LLP
§Suite 1700, 1090 West Pender Street, Vancouver, BC V6E 2N7
§Direct 604 555-0146

We acknowledge that we live and work on the traditional, ancestral and unceded territories of the Coast Salish peoples.
""",
        "quote": {
            "style": "outlook_us",
            "when": (2026, 3, 31, 9, 0),
            "subject": "Moreau – sale of Vancouver property",
            "text": """
Hi Jasdeep,

Could you let us know when the sale is expected to close, and what will be needed to transfer the proceeds to France?
""",
        },
        "fields": {
            "name": "Jasdeep Sandhu",
            "title": "Partner",
            "company": "Sandhu Whitford LLP",
            "address": "Suite 1700, 1090 West Pender Street, Vancouver, BC V6E 2N7",
            "phones": [("+16045550146", "landline")],
        },
    },
    {
        "id": "g069",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "IN",
        "sender": ("Priya Venkataraman", "priya@vscoca.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Please find attached Form 15CB certifying the tax position on the remittance of sale proceeds of the Pune flat by Mr Deshpande. Form 15CA will be filed online by his bank once the transfer is initiated.
The capital gains tax of INR 18.6 lakh has already been paid.

Regards,

§CA Priya Venkataraman
§Partner – International Tax
§Venkataraman Shah & Co.
§Chartered Accountants
§504, Sagar Chambers, Nariman Point, Mumbai 400 021
§Tel: +91 22 2287 4410 | Mob: +91 98201 47736
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 17, 6, 50),
            "subject": "Mr Deshpande – remittance of sale proceeds",
            "text": """
Dear Priya,

Mr Deshpande would like to transfer the proceeds of the sale of his Pune flat to France. Could you prepare the necessary certificate?
""",
        },
        "fields": {
            "name": "Priya Venkataraman",
            "title": "Partner – International Tax",
            "company": "Venkataraman Shah & Co.",
            "address": "504, Sagar Chambers, Nariman Point, Mumbai 400 021",
            "phones": [("+912222874410", "landline"), ("+919820147736", "mobile")],
        },
    },
    {
        "id": "g070",
        "lang": "en",
        "client": "gmail",
        "layout": "oneline",
        "sreg": "IN",
        "sender": ("Arjun Raghavan", "arjun@kaverirobotics.example"),
        "user": "hb",
        "new": """
Hi Hugo,

Thanks for the intro to the Grenoble family office. We've shared the deck and set up a call on Friday.
Re the French subsidiary: we'd like to incorporate before the June hiring wave, so please send the list of documents you need from us.

Best,
§Arjun
--\x20
§Arjun Raghavan | Founder & CEO, Kaveri Robotics | +91 99860 21478
""",
        "quote": {
            "style": "gmail_uk",
            "when": (2026, 3, 24, 12, 12),
            "subject": "Intro: Kaveri Robotics / Alpes Famille Invest",
            "text": """
Hi Arjun,

As discussed, I'm connecting you with the Grenoble family office I mentioned. They invest in industrial robotics.
""",
        },
        "fields": {
            "name": "Arjun Raghavan",
            "title": "Founder & CEO",
            "company": "Kaveri Robotics",
            "phones": [("+919986021478", "mobile")],
        },
    },
    {
        "id": "g071",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "IL",
        "hard": True,
        "sender": ("Yael Ben-David", "yael@bds-law.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Regarding Mr Azoulay's shares in the Israeli company: the transfer to his French holding would be a taxable event in Israel, but a tax ruling may allow deferral. We would need around eight weeks to obtain it.
I attach our engagement letter; please let me know if he wishes to proceed.

Best regards,

§Adv. Yael Ben-David
§Partner
§Ben-David, Sharoni & Co., Law Offices
§132 Menachem Begin Rd., 44th Floor, Tel Aviv 6701101, Israel
§Tel: 03-5612478 | Mobile: 052-4718263
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 11, 16, 3),
            "subject": "Mr Azoulay – contribution of shares",
            "text": """
Dear Yael,

Our client Mr Azoulay, resident in France, wishes to contribute his shares in an Israeli company to his French holding. What would the Israeli tax consequences be?
""",
        },
        "fields": {
            "name": "Yael Ben-David",
            "title": "Partner",
            "company": "Ben-David, Sharoni & Co., Law Offices",
            "address": "132 Menachem Begin Rd., 44th Floor, Tel Aviv 6701101, Israel",
            "phones": [("+97235612478", "landline"), ("+972524718263", "mobile")],
        },
    },
    {
        "id": "g072",
        "lang": "en",
        "client": "applemail",
        "layout": "block",
        "sreg": "US",
        "sender": ("Nathaniel Brooks", "n.brooks@charlesriver-u.example"),
        "user": "hb",
        "new": """
Dear Hugo,

I read the valuation report over the weekend. The DCF is reasonable, but the terminal growth rate of 3% looks aggressive for a mature US distributor, and the working capital normalization should exclude the 2024 inventory build-up.
I am happy to put these comments in a short memo for the arbitration panel by the end of next week.

Best,

§Nathaniel Brooks, PhD
§Associate Professor of Accounting
§Whitcomb School of Business, Charles River University
§Fenway Hall 314, 225 Brookline Avenue, Boston, MA 02215
§Office: 617 555 0199
""",
        "quote": {
            "style": "apple_en",
            "when": (2026, 3, 27, 18, 20),
            "subject": "Valuation report – expert review",
            "text": """
Dear Professor Brooks,

Thank you for agreeing to review the valuation report. Please find it attached; we would value your views on the DCF assumptions.
""",
        },
        "fields": {
            "name": "Nathaniel Brooks",
            "title": "Associate Professor of Accounting",
            "company": "Whitcomb School of Business, Charles River University",
            "address": "Fenway Hall 314, 225 Brookline Avenue, Boston, MA 02215",
            "phones": [("+16175550199", "landline")],
        },
    },
    {
        "id": "g073",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "US",
        "sender": ("Robert J. Feldman", "rfeldman@feldmanostrow.example"),
        "user": "eg",
        "new": """
Dear Ms. Garnier,

Thank you for your email. Because the late Mr. Bertrand was neither a U.S. citizen nor domiciled here, his estate will file Form 706-NA for the New York condominium and the U.S. brokerage account; the treaty with France may reduce the tax.
We will also need an ancillary probate proceeding in Surrogate's Court. I attach our engagement letter for the heirs' signature.

Very truly yours,

§Robert J. Feldman, Esq.
§Partner, Trusts & Estates
§Feldman Ostrow LLP
§450 Lexington Avenue, 31st Floor
§New York, NY 10017
§T (212) 555-0187 | F (212) 555-0173

IRS Circular 230 Disclosure: Any tax advice contained in this communication is not intended to be used for the purpose of avoiding penalties under the Internal Revenue Code.
""",
        "quote": {
            "style": "oldoutlook_en",
            "when": (2026, 3, 13, 10, 25),
            "subject": "Estate of Jean-Claude Bertrand – U.S. assets",
            "text": """
Dear Mr. Feldman,

I represent the heirs of Mr. Jean-Claude Bertrand, who died in Paris in January. He owned a condominium in New York and a U.S. brokerage account. Could you advise on the U.S. formalities?
""",
        },
        "fields": {
            "name": "Robert J. Feldman",
            "title": "Partner, Trusts & Estates",
            "company": "Feldman Ostrow LLP",
            "address": "450 Lexington Avenue, 31st Floor, New York, NY 10017",
            "phones": [("+12125550187", "landline"), ("+12125550173", "fax")],
        },
    },
    {
        "id": "g074",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "US",
        "sender": ("Sarah K. Whitman", "swhitman@backbayheart.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Thank you for the summary. I'm fine with declaring the rental income from the house in Gordes in France and claiming the credit here; my CPA in Boston will need your figures by April 10.
I'll be in Provence in July and would be glad to meet then.

Best,
§Sarah

§Sarah K. Whitman, MD, FACC
§Director, Cardio-Oncology Program
§Back Bay Heart Institute
§Office: (617) 555-0152
""",
        "quote": {
            "style": "outlook_us",
            "when": (2026, 3, 30, 14, 10),
            "subject": "Gordes house – rental income",
            "text": """
Dear Dr. Whitman,

As promised, here is a short summary of how the rental income from your house in Gordes is taxed in France and in the United States.
""",
        },
        "fields": {
            "name": "Sarah K. Whitman",
            "title": "Director, Cardio-Oncology Program",
            "company": "Back Bay Heart Institute",
            "phones": [("+16175550152", "landline")],
        },
    },
    {
        "id": "g075",
        "lang": "en",
        "client": "gmail",
        "layout": "block",
        "sreg": "US",
        "hard": True,
        "sender": ("Daniel Cohen", "dan@presidioridge.example"),
        "user": "hb",
        "new": """
Hi Hugo,

Appreciate the update. We're in for USD 3M in the Series A if the French founders agree to move the holding to Delaware; otherwise we'd need to run it past our LPs.
Let's find time next week.

Best,

§Daniel Cohen (he/him)
§General Partner
§Presidio Ridge Ventures
§500 Pacific Avenue, Suite 300, San Francisco, CA 94133
§415-555-0134
Book time with me: calendly.com/dcohen-prv/30min
""",
        "quote": {
            "style": "gmail_us",
            "when": (2026, 4, 2, 19, 30),
            "subject": "Plumea – Series A update",
            "text": """
Hi Daniel,

Quick update on Plumea: the founders have a lead for the Series A and are looking for a US co-investor.
""",
        },
        "fields": {
            "name": "Daniel Cohen",
            "title": "General Partner",
            "company": "Presidio Ridge Ventures",
            "address": "500 Pacific Avenue, Suite 300, San Francisco, CA 94133",
            "phones": [("+14155550134", "landline")],
        },
    },
]

"""Corporate replies of the Outlook 2000-2010 / Lotus Notes / GroupWise era (invented energy and finance
firms). Each spec: slug, label client, lang, builder name, the reply M (its lines are the new text) and
builder options."""
from mime12 import D
from render import M, P

SPECS = []


def add(slug, client, lang, builder, m, **cfg):
    SPECS.append(dict(slug=slug, client=client, lang=lang, builder=builder, m=m, cfg=cfg))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
SHE = "strattonhale.com"
dana = P("Dana Whitcombe", f"Dana.Whitcombe@{SHE}", notes="Dana Whitcombe/HOU/SHE@SHE", ol="Whitcombe, Dana")
russ = P("Russell Kinnaird", f"Russell.Kinnaird@{SHE}", notes="Russell Kinnaird/HOU/SHE@SHE", ol="Kinnaird, Russell")
trent = P("Trent Loughlin", f"Trent.Loughlin@{SHE}", notes="Trent Loughlin/HOU/SHE@SHE", ol="Loughlin, Trent")
gail = P("Gail Pruett", f"Gail.Pruett@{SHE}", notes="Gail Pruett/LON/SHE@SHE", ol="Pruett, Gail")
oscar = P("Oscar Delacroix", f"Oscar.Delacroix@{SHE}", notes="Oscar Delacroix/Corp/SHE@SHE", ol="Delacroix, Oscar")
marisol = P("Marisol Vance", f"Marisol.Vance@{SHE}", notes="Marisol Vance/HOU/SHE@SHE", ol="Vance, Marisol")
lenny = P("Leonard Staab", f"Leonard.Staab@{SHE}", notes="Leonard Staab/HOU/SHE@SHE", ol="Staab, Leonard")
beth = P("Beth Ocampo", f"Beth.Ocampo@{SHE}", notes="Beth Ocampo/HOU/SHE@SHE", ol="Ocampo, Beth")
kendra = P("Kendra Osei", "kosei@pellworth.com")
bob = P("Bob Tillery", "btillery@pellworth.com", ol="Tillery, Bob")
lyle = P("Lyle Fenstermacher", "lfenstermacher@pellworth.com", ol="Fenstermacher, Lyle")
hollis = P("Hollis Grange", "HGRANGE@calderbasin.com")
wendell = P("Wendell Ashby", "WASHBY@calderbasin.com")
patrice = P("Patrice Okafor", "POKAFOR@tidewell-util.com")
norm = P("Norm Szabo", "NSZABO@tidewell-util.com")
arlene = P("Arlene Vickery", "avickery@brazoscrest.com", notes="Arlene Vickery/Houston/BCP@BCP")
milo = P("Milo Sandoval", "msandoval@brazoscrest.com", notes="Milo Sandoval/Houston/BCP@BCP")
celeste = P("Celeste Marchetti", "cmarchetti@baskinferrow.com")
howard = P("Howard Blum", "hblum@baskinferrow.com")
priya = P("Priya Raghunathan", "priya.raghunathan@marlowenb.com")
ted = P("Ted Abernathy", "ted.abernathy@marlowenb.com")
gus = P("Gus Halloran", "ghalloran@nmpp.org")
dot = P("Dot Kessler", "dkessler@ovconsult.com")
nathan = P("Nathan Ebersole", "nebersole@quilloncap.com", ol="Ebersole, Nathan")
simone = P("Simone Achterberg", "sachterberg@quilloncap.com", ol="Achterberg, Simone")
corey = P("Corey Blanchette", "cblanchette@halvardmid.com", ol="Blanchette, Corey")
dwight = P("Dwight Penhallow", "dpenhallow@halvardmid.com", ol="Penhallow, Dwight")
fiona = P("Fiona McTavish", "fiona.mctavish@coldharbour-ship.co.uk", ol="McTavish, Fiona")
ewan = P("Ewan Ritchie", "ewan.ritchie@coldharbour-ship.co.uk", ol="Ritchie, Ewan")

SIG_KENDRA = """
Kendra Osei
Senior Counsel
Pellworth Trading L.P.
1400 Smith Street, Suite 2200
Houston, TX 77002
(713) 555-0148 direct
(713) 555-0199 fax"""

SIG_DANA = """
Dana Whitcombe
Stratton Hale Energy - Legal
ph: 713.555.0172   fax: 713.555.0190"""

SIG_HOLLIS = """
Hollis Grange
Marketing Representative
Calder Basin Gas Transmission Co.
Ph (405) 555-0114  Fax (405) 555-0170
HGRANGE@calderbasin.com"""

MARLOWE_DISC = """
This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Marlowe National Bank does not accept liability for any errors or omissions in the contents of this message."""

# --------------------------------------------------------------------------
# Thread A: EEI master agreement, Stratton Hale (Notes/Outlook) <-> Pellworth (Outlook/Exchange 5.5)
# --------------------------------------------------------------------------
a0 = M(dana, [kendra], D("2001-03-12 10:15:22", -6), "EEI Master - SHE comments", """
    Kendra,

    Attached is our markup of the EEI Master Power Purchase and Sale Agreement cover sheet.  The main open points from our side are:

    1.  Collateral Threshold - we can accept $5 million for Pellworth if the Guarantor is Pellworth Holdings rather than the trading entity.
    2.  Section 5.2 Close-out Setoffs - we need Option A with affiliate setoff.
    3.  Governing law should stay New York.

    Please call me if you want to walk through the remaining items before Thursday.

    Dana""", cc=[russ], client="lotus_notes")

a1 = M(kendra, [dana], D("2001-03-13 16:42:17", -6), "RE: EEI Master - SHE comments", """
    Dana,

    We can live with items 2 and 3.  On the threshold, our credit group will not go below $7.5 million for the trading entity, but if you want Holdings as Guarantor we would expect the same $7.5 million for SHE with a Stratton Hale Corp. guaranty.  I'm not sure that's where you want to end up.

    I am out Thursday afternoon but free Thursday morning after 9:30 if you want to talk it through.
    """ + SIG_KENDRA, cc=[bob], quote=a0, style="ol_orig", opt=dict(tabs=True), client="outlook", wrapw=76)
add("eei-threshold", "outlook", "en", "outlook_plain", a1, ver="2000ims", cs="iso-8859-1", cte="7bit")

a2 = M(dana, [kendra], D("2001-03-14 09:05:40", -6), "RE: EEI Master - SHE comments", """
    Thursday at 10:00 works.  I'll call you.

    I've asked Russell whether credit can get comfortable with the Holdings structure.  Can you send me Pellworth Holdings' last 10-Q in the meantime?

    thanks,
    """ + SIG_DANA, quote=a1, style="notes_on", client="lotus_notes")
add("eei-thursday", "lotus_notes", "en", "notes", a2, ver="5")

a3 = M(dana, [russ], D("2001-03-14 09:20:11", -6), "RE: EEI Master - SHE comments", """
    Russell - FYI.  Can credit sign off on a $7.5MM threshold for them with the Holdings guaranty?  I'd like to get back to Kendra before our call tomorrow morning.

    DW""", quote=a1, style="notes_block", client="lotus_notes",
       opt=dict(fwd=("Dana Whitcombe/HOU/SHE", D("2001-03-14 09:20", -6)), at_org=None))
add("eei-fwd-credit", "lotus_notes", "en", "notes", a3, ver="5")

a4 = M(russ, [dana], D("2001-03-14 13:51:03", -6), "RE: EEI Master - SHE comments", """
    Dana -

    OK from credit at 7.5 with the Holdings guaranty, provided the guaranty cap is at least $15MM and we get the same rating trigger language we did with Calder Basin (downgrade below BBB- = threshold goes to zero).

    Do not agree to the SHE Corp. guaranty without talking to me first.  Our threshold with them would be unsecured and I don't have room under the corp. limit right now.

    Russell""", quote=a3, style="ol_orig", opt=dict(tabs=True, fromfmt="gal"), client="outlook")
add("eei-credit-ok", "outlook", "en", "outlook_plain", a4, ver="2000ims")

# --------------------------------------------------------------------------
# Thread B: firm transport, Stratton Hale (Notes) <-> Calder Basin (GroupWise)
# --------------------------------------------------------------------------
b0 = M(trent, [hollis], D("2001-04-02 08:30:05", -5), "FT capacity Bellmont to Ransom City", """
    Hollis,

    We would like to firm up 25,000 MMBtu/d of FT capacity from the Bellmont receipt point to the Ransom City interconnect for May through October.  Can you confirm whether the posted capacity is still available and whether you would discount off max rate for a six month term?

    Also, please send me the current fuel retention percentage for that path.

    Thanks,
    Trent Loughlin
    Stratton Hale Energy
    Gas Transportation & Storage
    713-555-0131""", client="lotus_notes")

b1 = M(hollis, [trent], D("2001-04-02 14:07:51", -5), "Re: FT capacity Bellmont to Ransom City", """
    Trent,

    Capacity on that path is available for May-Oct, 25,000/d is no problem.  We can do $0.14 plus fuel and ACA for the six month term, which is a discount of about 6 cents off max.  Fuel retention for April is 1.85% and we post May on the 25th.

    I will need a signed service request form and the credit application if you are not already on file with us for firm service.  Our credit people tell me SHE is on file for IT only.
    """ + SIG_HOLLIS, quote=b0, style="gw_old", client="groupwise")
add("ft-capacity-quote", "groupwise", "en", "groupwise", b1, ver="5.5")

b2 = M(trent, [hollis], D("2001-04-03 09:12:30", -5), "Re: FT capacity Bellmont to Ransom City", """
    Hollis - thanks.  $0.14 works.  Service request form is attached, credit app will come from Gail Pruett in our credit group this afternoon.

    One question: is the ACA surcharge 0.0021 for the current year?

    Trent""", cc=[gail], quote=b1, style="notes_on", client="lotus_notes", opt=dict(blank=2))
add("ft-capacity-accept", "lotus_notes", "en", "notes", b2, ver="5")

b3 = M(hollis, [trent], D("2001-04-03 10:40:02", -5), "Re: FT capacity Bellmont to Ransom City", cc=[wendell],
       quote=b2, style="gw_old", client="groupwise", opt=dict(prefix=True, blank=0),
       inline=[("q", ["Hollis - thanks.  $0.14 works.  Service request form is attached, credit app will come from "
                      "Gail Pruett in our credit group this afternoon.", "",
                      "One question: is the ACA surcharge 0.0021 for the current year?", ""]),
               ("n", ["Yes, $.0021 through 9/30.  It resets October 1 and FERC usually posts the new number in "
                      "August.", ""]),
               ("q", ["Trent"]),
               ("n", ["", "Got the SRF.  Wendell will send the contract for execution tomorrow.", "", "Hollis"])])
add("ft-inline-aca", "groupwise", "en", "groupwise", b3, ver="6.5", html_part=True)

# --------------------------------------------------------------------------
# Thread C: revolving credit facility, Marlowe National Bank (Outlook XP) <-> Stratton Hale
# --------------------------------------------------------------------------
c0 = M(priya, [russ], D("2001-06-18 11:02:44", -4), "$250MM Revolver - revised term sheet", """
    Russell,

    Following our call this morning, attached is the revised term sheet for the $250 million revolving credit facility. Changes from the May 30 draft are marked. Please note the following:

    - Commitment fee reduced to 15 bps on the unused portion
    - The Material Adverse Change clause now excludes changes in commodity prices
    - Letters of credit sublimit increased to $100 million

    We will need your comments by June 22 to hold the July closing date.

    Regards,

    Priya Raghunathan
    Vice President, Energy & Utilities Group
    Marlowe National Bank
    212-555-0163
    """ + MARLOWE_DISC, client="outlook_xp")

c1 = M(russ, [priya], D("2001-06-19 17:25:09", -5), "RE: $250MM Revolver - revised term sheet", """
    Priya,

    Thanks.  Comments will come from Dana Whitcombe in our legal group by Thursday.  The only business point I have is the LC sublimit -- we need $125 million, not $100 million, because of the collateral we are posting to the ISOs this summer.  Can you take that back to the syndicate?

    Russell Kinnaird
    Director, Credit Risk Management
    Stratton Hale Energy
    (713) 555-0155""", cc=[dana], quote=c0, style="ol_orig", opt=dict(tabs=True, fromfmt="mailto"),
       client="outlook", wrapw=76)
add("revolver-lc-sublimit", "outlook", "en", "outlook_plain", c1, ver="2000ims", cs="iso-8859-1")

c2 = M(priya, [russ], D("2001-06-20 09:14:37", -4), "RE: $250MM Revolver - revised term sheet", """
    Russell,

    I spoke with Ted and the two lead banks this morning.  $125 million is doable if the facility fee steps up to 17.5 bps when LC usage is above $100 million.  Let me know if that works and I will send a clean term sheet.

    Regards,
    Priya

    Priya Raghunathan
    Vice President, Energy & Utilities Group
    Marlowe National Bank
    212-555-0163
    """ + MARLOWE_DISC, cc=[ted, dana], quote=c1, style="ol_orig",
       opt=dict(tabs=False, fromfmt="mailto", to_str="'Priya Raghunathan'"), client="outlook_xp")
add("revolver-stepup", "outlook", "en", "outlook_plain", c2, ver="xp", cs="us-ascii")

c3 = M(ted, [russ], D("2001-06-25 12:03:55", -4), "RE: $250MM Revolver - revised term sheet", """
    Russell -- one more item from our syndications desk: they want the clean-down period on the swingline shortened from 10 to 5 business days.  Not a big deal in my view but I need a yes/no by tomorrow.

    Ted Abernathy
    Managing Director
    Marlowe National Bank""", cc=[priya], quote=c2, style="ol_orig", opt=dict(tabs=False, fromfmt="mailto"),
       client="outlook_xp", after="""

    ***********************************************************************
    MARLOWE NATIONAL BANK - EMAIL NOTICE
    This message has been scanned for viruses and dangerous content by the
    Marlowe mail gateway. Internet e-mail is not secure and may be
    intercepted. Marlowe National Bank will not be liable for any damage
    caused by the contents of this e-mail.
    ***********************************************************************""")
add("revolver-swingline-gateway", "outlook", "en", "outlook_plain", c3, ver="xp")

# --------------------------------------------------------------------------
# Thread D: LNG cargo scheduling, Stratton Hale London (Outlook 2003) <-> Coldharbour Shipping
# --------------------------------------------------------------------------
d0 = M(gail, [fiona], D("2003-09-08 15:20:00", 1), "Cargo 14 - Lake Charles slot", """
    Fiona,

    A few questions on cargo 14 before we lock the October programme:

    1. Can the Arctic Brenna make the 21 October slot at Lake Charles, or do we need to swap to the Northern Ciel?
    2. What is the boil-off assumption in your voyage estimate? We have 0.15% per day in our model.
    3. Who is the agent at Lake Charles this time?

    Thanks,
    Gail""", client="outlook_2003")
d1 = M(fiona, [gail], D("2003-09-09 09:47:12", 1), "RE: Cargo 14 - Lake Charles slot", quote=d0, style="ol_orig",
       client="outlook_2003", lang="en",
       opt=dict(tabs=False, fromfmt="angle", indent="> ", blank=1,
                inline_lead="Gail,\n\nAnswers below in the text.\n\nFiona"),
       inline=[("q", ["Fiona,", "", "A few questions on cargo 14 before we lock the October programme:", "",
                      "1. Can the Arctic Brenna make the 21 October slot at Lake Charles, or do we need to swap to "
                      "the Northern Ciel?"]),
               ("n", ["", "Brenna can make it if she leaves Ras Laffan no later than 24 Sept. Tight but OK. I "
                          "would not swap - the Ciel is in dry dock until the 30th.", ""]),
               ("q", ["2. What is the boil-off assumption in your voyage estimate? We have 0.15% per day in our "
                      "model."]),
               ("n", ["", "We use 0.12% laden / 0.08% ballast for the Brenna. She is a newer membrane ship.", ""]),
               ("q", ["3. Who is the agent at Lake Charles this time?"]),
               ("n", ["", "Gulfside Marine Agency again - contact is Earl Broussard, +1 337 555 0188.", "",
                      "Regards", "Fiona McTavish", "Chartering Manager", "Coldharbour Shipping Ltd",
                      "Tel +44 (0)20 7946 0321  Mob +44 (0)7700 900412"])])
add("lng-inline-answers", "outlook", "en", "outlook_plain", d1, ver="2003", cs="us-ascii")

d2 = M(gail, [fiona], D("2003-09-09 11:05:31", 1), "RE: Cargo 14 - Lake Charles slot", """
    Thanks Fiona, very helpful. We'll keep Brenna and I'll tell Lake Charles the 21st is firm.

    Gail""", cc=[oscar], quote=d1, style="ol_orig", client="outlook_2003",
       opt=dict(tabs=False, fromfmt="mailto"))
add("lng-thanks-nested", "outlook", "en", "outlook_plain", d2, ver="2003", irt=True)

d3 = M(ewan, [gail], D("2003-09-10 08:12:45", 1), "RE: Cargo 14 - Lake Charles slot", """
    Gail,

    Fiona is on leave from today so I'm covering cargo 14.  Ras Laffan have moved Brenna's loading window to 23-24 Sept, so we are still fine for the 21st at Lake Charles, with about half a day of margin.

    Best regards,

    Ewan Ritchie
    Operations
    Coldharbour Shipping Ltd
    Tel +44 (0)20 7946 0330""", cc=[fiona], quote=d2, style="ol_new", client="outlook_2003", lang="en-gb",
       opt=dict(olang="en", blank=1, under=True), h="mso")
add("lng-cover-html2003", "outlook", "en", "outlook_html", d3, ver="2003", cs="us-ascii")

# --------------------------------------------------------------------------
# Thread E: Permian gathering volumes, Halvard Midstream <-> Quillon Capital (Outlook 2007/2010, Exchange)
# --------------------------------------------------------------------------
SIG_NATHAN = """
Nathan Ebersole | Vice President
Quillon Capital Partners
420 Throckmorton Street, Suite 900 | Fort Worth, TX 76102
T: 817.555.0139 | M: 817.555.0180
nebersole@quilloncap.com<mailto:nebersole@quilloncap.com> | www.quilloncap.com<http://www.quilloncap.com/>
[cid:image001.png@01CB63B1.4F2A6E40]

CONFIDENTIALITY NOTICE: This email message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply email and destroy all copies of the original message."""

e0 = M(corey, [nathan], D("2010-10-04 08:41:09", -5), "Q3 throughput - Permian gathering", """
    Nathan,

    Q3 throughput on the Reeves County gathering system averaged 212 MMcf/d, up from 188 in Q2. The new Pecos Flats compressor station came online August 19 and we saw the full effect in September (231 MMcf/d average).

    Attached is the volume reconciliation by receipt point. Let me know if your team needs anything else for the quarterly lender package.

    Thanks,
    Corey

    Corey Blanchette
    Director, Commercial Operations
    Halvard Midstream Partners, LP
    Office: 432.555.0126 | Mobile: 432.555.0177""", client="outlook", h="mso")

e1 = M(nathan, [corey], D("2010-10-04 11:17:52", -5), "RE: Q3 throughput - Permian gathering", """
    Corey,

    Thanks - this is helpful. Two follow-ups for the lender package:

    1.  Can you split the September number between the Pecos Flats volumes and the legacy system?
    2.  Are the 231 MMcf/d numbers before or after the Delaware Basin plant outage on 9/22?

    We need to circulate the package by October 15.

    Best regards,

    """ + SIG_NATHAN, cc=[simone], quote=e0, style="ol_new", client="outlook", h="mso")
add("permian-followups", "outlook", "en", "outlook_html", e1, ver="2010", cs="us-ascii")

e2 = M(corey, [nathan], D("2010-10-05 07:58:30", -5), "RE: Q3 throughput - Permian gathering", """
    Nathan,

    Split for September: Pecos Flats 38 MMcf/d, legacy 193 MMcf/d.

    The 231 is after the outage - the plant was down for 31 hours and we shut in about 55 MMcf/d during that window, so the underlying run rate is closer to 233.

    Corey""", cc=[simone, dwight], quote=e1, style="ol_new", client="outlook", h="mso")
add("permian-split", "outlook", "en", "outlook_html", e2, ver="2010", cs="us-ascii")

e3 = M(simone, [corey, nathan], D("2010-10-05 09:26:14", -5), "RE: Q3 throughput - Permian gathering", """
    Corey, Nathan,

    Quick question on the outage: was any of the shut-in volume flared, or was it all held back at the wellhead? Our environmental consultant needs to know for the lender ESG schedule.

    Kind regards,
    Simone

    Simone Achterberg
    Associate | Quillon Capital Partners
    T: 817.555.0142""", cc=[dwight], quote=e2, style="ol_new", client="outlook", h="mso")
add("permian-flaring-q", "outlook", "en", "outlook_html", e3, ver="2007", cs="us-ascii")

e4 = M(dwight, [simone], D("2010-10-05 13:02:48", -5), "RE: Q3 throughput - Permian gathering", cc=[corey, nathan],
       quote=e3, style="ol_new", client="outlook", h="mso",
       opt=dict(inline_lead="Simone - answers below in red.\n\nDwight"),
       inline=[("q", ["Corey, Nathan,", "",
                      "Quick question on the outage: was any of the shut-in volume flared, or was it all held back at "
                      "the wellhead? Our environmental consultant needs to know for the lender ESG schedule."]),
               ("n", ["[Dwight Penhallow] None of it was flared. All 55 MMcf/d was curtailed at the wellhead under "
                      "the producers' interruptible contracts. We have the SCADA logs if the consultant wants them."]),
               ("q", ["", "Kind regards,", "Simone", "", "Simone Achterberg", "Associate | Quillon Capital Partners",
                      "T: 817.555.0142"])])
add("permian-inline-red", "outlook", "en", "outlook_html", e4, ver="2010", cs="us-ascii")

e5 = M(nathan, [simone], D("2010-10-06 08:05:00", -5), "FW: Q3 throughput - Permian gathering", """
    Simone - see Dwight's answer below for the ESG schedule, and Corey's split further down for tab 4 (Volumes). Please update both before Friday's draft goes to the banks.

    N""", quote=e4, style="ol_new", client="outlook", h="mso")
add("permian-fw-comment", "outlook", "en", "outlook_html", e5, ver="2010", cs="us-ascii")

# --------------------------------------------------------------------------
# Thread F: Northmoor Power Pool operating committee (Eudora / Outlook Express)
# --------------------------------------------------------------------------
otto = P("Otto Brandvold", "obrandvold@sandhill-ec.coop")
f0 = M(gus, [dot, otto], D("2002-05-07 16:40:33", -5), "Summer peak operating procedures - draft 3", """
    All,

    Draft 3 of the summer peak operating procedures is posted on the members' FTP site. Changes from draft 2:

    - Emergency load shed order now follows the revised priority list from the April meeting
    - Reserve sharing obligation recalculated on the 2001 coincident peak
    - Contact list updated (please check your company's entries!)

    Comments to me by May 17 please. The Operating Committee will vote on May 23.

    Gus Halloran
    Northmoor Power Pool
    Operations Coordinator
    (402) 555-0133""", client="eudora")

f1 = M(dot, [gus], D("2002-05-08 14:15:20", -5), "Re: Summer peak operating procedures - draft 3", """
    Gus,

    Our entries on the contact list are out of date - Ray Lindqvist retired in March.  Please replace him with Sandra Ybarra, (402) 555-0161, sybarra@ovconsult.com.

    Also, on the reserve sharing: did you use the coincident peak including or excluding the Falls City load that moved to us in January?  That changes our obligation by about 9 MW.

    Dot""", quote=f0, style="oe", opt=dict(qwrap=76), client="outlook_express", h="oe")
add("pool-contact-list", "outlook_express", "en", "outlook_express", f1)

f2 = M(gus, [dot], D("2002-05-09 09:03:47", -5), "Re: Summer peak operating procedures - draft 3", quote=f1,
       style="eudora", client="eudora",
       inline=[("q", ["Our entries on the contact list are out of date - Ray Lindqvist retired in March.  Please "
                      "replace him with Sandra Ybarra, (402) 555-0161, sybarra@ovconsult.com."]),
               ("n", ["", "Done, it will be in draft 4.", ""]),
               ("q", ["Also, on the reserve sharing: did you use the coincident peak including or excluding the "
                      "Falls City load that moved to us in January?  That changes our obligation by about 9 MW."]),
               ("n", ["", "Excluding. You're right that it should be included since the load was yours at the time "
                          "of the 2001 peak... no wait, it was Sandhill's at the time of the peak. I'll ask Otto "
                          "and fix it either way.", "", "Gus", "", "Gus Halloran", "Northmoor Power Pool",
                      "Operations Coordinator", "(402) 555-0133"])])
add("pool-inline-eudora", "eudora", "en", "eudora", f2)

f3 = M(otto, [gus], D("2002-05-09 11:30:12", -5), "Re: Summer peak operating procedures - draft 3", """
    Gus,

    The Falls City load was ours until January 1, 2002, so it should be counted in Sandhill's share of the 2001 coincident peak, not Ostrander's.  That puts our reserve sharing obligation at 41 MW instead of 32.

    Otto

    --
    Otto Brandvold
    Power Supply Manager
    Sandhill Electric Cooperative
    (308) 555-0102""", cc=[dot], quote=f2, style="oe", opt=dict(qwrap=76), pos="bottom", client="outlook_express",
       h="oe")
add("pool-bottom-oe", "outlook_express", "en", "outlook_express", f3, cs="windows-1252")

# --------------------------------------------------------------------------
# Thread G: Brazos Crest Power (Notes 6.5/7/8.5) <-> Stratton Hale (Outlook 2003)
# --------------------------------------------------------------------------
SIG_ARLENE = """
Regards,
Arlene Vickery
Manager, Transmission Services
Brazos Crest Power Cooperative
(936) 555-0119"""

g0 = M(arlene, [trent], D("2005-02-14 15:33:08", -6), "Sabine Creek Unit 2 - interconnection agreement", """
    Trent,

    ERCOT has approved the revised interconnection study for Sabine Creek Unit 2. The remaining open items in the interconnection agreement are the metering point and the cost responsibility for the 138 kV breaker upgrade at the Pine Hollow substation.

    Our position is that the breaker upgrade is a network upgrade and should be credited back. Could you let me know by the end of the week whether SHE agrees?
    """ + SIG_ARLENE, client="lotus_notes", h="notes")

g1 = M(trent, [arlene], D("2005-02-16 10:02:11", -6), "RE: Sabine Creek Unit 2 - interconnection agreement", """
    Arlene,

    We agree the breaker upgrade is a network upgrade. On the metering point, we'd like revenue metering on the high side of the GSU, not at Pine Hollow. Our engineers can send you the single-line this week.

    Trent""", quote=g0, style="ol_orig", opt=dict(tabs=False, fromfmt="mailto"), client="outlook_2003", h="mso")
add("sabine-network-upgrade", "outlook", "en", "outlook_html", g1, ver="2003", cs="us-ascii")

g2 = M(arlene, [trent], D("2005-02-16 16:48:55", -6), "RE: Sabine Creek Unit 2 - interconnection agreement", """
    Trent,

    High-side metering is fine with us as long as SHE pays for the instrument transformers. I'll have our engineer, Milo Sandoval, coordinate with yours on the single-line.
    """ + SIG_ARLENE, cc=[milo], quote=g1, style="notes_table", client="lotus_notes", h="notes")
add("sabine-notes-table", "lotus_notes", "en", "notes", g2, ver="65", html_part=False)

g3 = M(milo, [trent], D("2005-02-24 08:20:41", -6), "Re: Sabine Creek Unit 2 - interconnection agreement", """
    Trent,

    Got the single-line from your engineer, thanks. Two comments:

    - The CT ratio on the high side should be 1200:5, not 600:5, given the future Unit 3.
    - We need a disconnect switch between the metering point and the GSU for our maintenance crews.

    Can we have a call Thursday at 2:00?

    Milo Sandoval, P.E.
    Brazos Crest Power Cooperative
    Substation Engineering
    (936) 555-0124""", cc=[arlene], quote=g1, style="notes_wrote", client="lotus_notes", h="notes")
add("sabine-notes7-wrote", "lotus_notes", "en", "notes", g3, ver="7")

g4q = M(trent, [arlene], D("2011-06-06 09:12:00", -5), "Sabine Creek Unit 3 - facilities study deposit", """
    Arlene,

    Where should we wire the $250,000 facilities study deposit for Unit 3? The ERCOT protocol says it goes to the TSP, but our AP group has two different account numbers on file for Brazos Crest.

    Thanks,
    Trent""", client="outlook", h="mso")
g4 = M(arlene, [trent], D("2011-06-06 14:37:19", -5), "Re: Sabine Creek Unit 3 - facilities study deposit", """
    Trent,

    Please use the account ending 4471 at Lone Prairie Bank (the Transmission Services operating account). The other one was closed in 2009.

    I'll send the wire instructions on letterhead separately so your AP group has them in writing.
    """ + SIG_ARLENE, quote=g4q, style="notes85", client="lotus_notes", h="notes")
add("sabine-notes85", "lotus_notes", "en", "notes", g4, ver="85", cs="iso-8859-1", cte="quoted-printable")

# --------------------------------------------------------------------------
# Thread H: forwards with a comment
# --------------------------------------------------------------------------
h0 = M(bob, [gail], D("2001-08-20 09:45:00", 1), "Credit support annex - Pellworth", """
    Gail,

    Further to our discussion in London, Pellworth would like to increase the independent amount under the credit support annex from USD 2 million to USD 5 million, effective from the September valuation date. This reflects the larger gas book we are now running with SHE on NBP.

    Please confirm whether SHE's credit committee needs to approve this.

    Regards
    Bob Tillery
    Pellworth Trading L.P.""", client="outlook")
h0b = M(gail, [russ], D("2001-08-20 10:30:00", 1), "Credit support annex - Pellworth", """
    Russell, see below.  Does this need to go to committee?  I think the independent amount is outside my authority above USD 3m.

    Gail""", quote=h0, style="notes_on", client="lotus_notes",
        opt=dict(fwd=("Gail Pruett/LON/SHE", D("2001-08-20 10:30", 1)), blank=2))
h1 = M(russ, [trent], D("2001-08-20 08:02:00", -5), "Credit support annex - Pellworth", """
    Trent - since you're running the NBP book now, do you want the larger IA?  I'm fine either way, I can approve up to USD 5m without committee.

    Russell""", quote=h0b, style="notes_on", client="lotus_notes",
       opt=dict(fwd=("Russell Kinnaird/HOU/SHE", D("2001-08-20 08:02", -5)), blank=2, internal=True))
add("csa-double-forward", "lotus_notes", "en", "notes", h1, ver="5")

broker = P("Castleford Energy Brokers", "confirms@castlefordbrokers.com")
h2q = M(broker, [lenny], D("2001-10-11 16:05:00", -5), "Trade Confirmation - 4471822", """
    CASTLEFORD ENERGY BROKERS - TRADE CONFIRMATION

    Trade Date:      10/11/2001
    Buyer:           Stratton Hale Energy (Leonard Staab)
    Seller:          Pellworth Trading L.P. (Lyle Fenstermacher)
    Product:         ERCOT North Peak 5x16 Firm
    Term:            November 2001
    Volume:          50 MW
    Price:           $27.25/MWh
    Brokerage:       $0.02/MWh each side

    Please review and notify us of any discrepancies within 24 hours.
    Castleford Energy Brokers, 713-555-0104""", client="other")
h2 = M(lenny, [beth], D("2001-10-11 16:22:41", -5), "FW: Trade Confirmation - 4471822", """
    Beth -- pls put this one in the system, it's the Nov North peak we did with Lyle at 27.25.  I don't see it in the blotter yet.

    L""", quote=h2q, style="ol_orig", opt=dict(tabs=True, fromfmt="mailto"), client="outlook")
add("broker-confirm-fw", "outlook", "en", "outlook_plain", h2, ver="2000ims")

h3q = M(trent, [patrice], D("2002-03-04 15:15:00", -6), "Interruptible power contract renewal", """
    Patrice,

    Our interruptible power contract for the Westlake compressor station expires April 30. We would like to renew for two years on the same terms, with one change: the interruption notice should go from 1 hour to 2 hours so that our operators can line up the standby units.

    Can you send me a draft renewal?

    Thanks,
    Trent Loughlin
    Stratton Hale Energy
    713-555-0131""", client="lotus_notes")
h3a = M(patrice, [trent], D("2002-03-05 08:44:10", -6), "Re: Interruptible power contract renewal", """
    Trent,

    We can renew on the same terms. The 2 hour notice needs approval from our system operations group; I have asked Norm Szabo to look at it and he will get back to you directly.

    Patrice Okafor
    Key Accounts
    Tidewell Utilities
    (409) 555-0187""", quote=h3q, style="gw_old", client="groupwise")
add("westlake-renewal", "groupwise", "en", "groupwise", h3a, ver="6")

h3 = M(patrice, [norm], D("2002-03-05 08:51:27", -6), "Fwd: Interruptible power contract renewal", """
    Norm,

    Can you look at the 2 hr notice request below? Westlake is on the Port Arthur 69 kV line so I don't think it matters much for system ops, but I need your OK before I put it in the renewal.

    Thanks
    Patrice""", quote=h3q, style="gw_old", client="groupwise", opt=dict(blank=2))
add("westlake-fwd-norm", "groupwise", "en", "groupwise", h3, ver="6")

h4 = M(norm, [patrice], D("2002-03-05 13:20:00", -6), "Re: Fwd: Interruptible power contract renewal", """
    2 hours is fine from our side.  Go ahead.

    Norm""", quote=h3, style="gw_old", client="groupwise", opt=dict(internal=True))
add("westlake-norm-ok", "groupwise", "en", "groupwise", h4, ver="6")

h5 = M(patrice, [trent], D("2008-03-11 10:05:33", -5), "Re: Westlake interruptible contract - 2008 renewal", """
    Trent,

    The draft 2008 renewal is attached.  I left the 2 hour notice in place and updated the rate schedule references to the new tariff (Rate IS-3).

    Patrice Okafor
    Key Accounts Manager
    Tidewell Utilities
    (409) 555-0187""", quote=M(trent, [patrice], D("2008-03-10 16:40:00", -5),
                               "Westlake interruptible contract - 2008 renewal", """
    Patrice,

    Time for the Westlake renewal again. Same terms as 2006 are fine with us. Could you send a draft by the end of next week?

    Thanks,
    Trent""", client="outlook", h="mso"),
       style="gw_new", client="groupwise")
add("westlake-gw7-top", "groupwise", "en", "groupwise", h5, ver="7", html_part=True)

h6 = M(norm, [trent], D("2008-03-12 09:30:10", -5), "Re: Westlake interruptible contract - 2008 renewal", """
    Trent, one correction to Patrice's draft: the maximum interruption per year is 200 hours under IS-3, not 150.  Section 4 of the draft still has the old number.

    Norm Szabo
    System Operations
    Tidewell Utilities""", quote=h5, style="gw_new", pos="bottom", client="groupwise")
add("westlake-gw7-bottom", "groupwise", "en", "groupwise", h6, ver="7")

# --------------------------------------------------------------------------
# Thread J: short trading-floor replies in deep Outlook threads (Exchange 5.5 IMS)
# --------------------------------------------------------------------------
j1 = M(beth, [lenny], D("2001-10-11 17:05:12", -5), "RE: Trade Confirmation - 4471822", """
    Done - it's in as 4471822.  Lyle's side had it as 5x16 ERCOT North, ours had South, so I fixed ours.  Let me know if that's wrong.

    Beth
    x5-0166""", quote=h2, style="ol_orig", opt=dict(tabs=True, fromfmt="gal"), client="outlook")
add("confirm-fixed", "outlook", "en", "outlook_plain", j1, ver="2000ims")

j2 = M(lenny, [beth], D("2001-10-11 17:09:40", -5), "RE: Trade Confirmation - 4471822", """
    north is right. thx""", quote=j1, style="ol_orig", opt=dict(tabs=True, fromfmt="gal"), client="outlook")
add("confirm-thx", "outlook", "en", "outlook_plain", j2, ver="2000ims")

mtg = M(oscar, [marisol, lenny, trent], D("2001-11-05 09:30:00", -6), "VaR limit review", """
    All,

    Risk committee wants the new desk VaR limits reviewed before the November 15 board meeting. Please let me know if Wednesday 2:00 works for a one hour meeting in 32C2.

    Oscar""", client="outlook")
j3a = M(trent, [oscar], D("2001-11-05 10:02:00", -6), "RE: VaR limit review", """
    Wednesday at 2 is fine for me.

    Trent""", cc=[marisol, lenny], quote=mtg, style="ol_orig", opt=dict(tabs=True, fromfmt="gal"), client="outlook")
j3 = M(marisol, [oscar], D("2001-11-05 10:48:26", -6), "RE: VaR limit review", """
    I can't make 2:00 -- I'm at the ERCOT market subcommittee until 3.  How about 3:30?

    Marisol""", cc=[lenny, trent], quote=j3a, style="ol_orig", opt=dict(tabs=True, fromfmt="gal"), client="outlook")
add("var-meeting-330", "outlook", "en", "outlook_plain", j3, ver="2000ims")

j5 = M(lenny, [oscar], D("2001-11-07 18:12:09", -6), "RE: VaR limit review", """
    Oscar,

    From the trading desk's side the new limit is fine, but I want to see the stress test numbers before we sign off.
    To be clear: the $12MM applies to the whole power desk, not per book.
    Subject to that, you can tell the committee we agree.

    Sent the spreadsheet to Marisol this morning.

    Leonard""", cc=[marisol, trent], quote=j3, style="ol_orig", opt=dict(tabs=True, fromfmt="gal"), client="outlook")
add("var-header-words", "outlook", "en", "outlook_plain", j5, ver="2000ims")

wend_q = M(wendell, [trent], D("2001-04-05 15:10:00", -5), "Contract FT-2217 for execution", """
    Trent,

    Attached is firm transportation agreement FT-2217 (25,000 Dth/d, Bellmont to Ransom City, May 1 - October 31, 2001) for execution. Please sign both originals and return them by overnight courier. The discounted rate letter is Exhibit B.

    Wendell Ashby
    Contracts Administrator
    Calder Basin Gas Transmission Co.""", client="groupwise")
j4 = M(trent, [wendell], D("2001-04-06 08:55:31", -5), "RE: Contract FT-2217 for execution", """
    Wendell,

    Signed originals went out FedEx last night, tracking 8267 5512 0394.  I kept a copy of Exhibit B for our files.

    Trent""", cc=[hollis], quote=wend_q, style="ol_orig",
       opt=dict(tabs=True, fromfmt="imcea", imcea_org="SHE", imcea_dom="SHE.com"), client="outlook")
add("ft2217-imceanotes", "outlook", "en", "outlook_plain", j4, ver="2000ims")

j6q = M(bob, [lyle], D("2002-01-22 11:00:00", -6), "Calder Basin imbalance", """
    Lyle,

    Calder Basin says we owe them 41,200 Dth of imbalance for December. Our scheduling report shows 12,800. Can you check the Ransom City allocations? I think they allocated the SHE volumes to us.

    Bob""", client="outlook")
j6 = M(lyle, [bob], D("2002-01-22 14:41:07", -6), "RE: Calder Basin imbalance", """
    Bob,

    You're right, they put SHE's 28,400 on our contract for Dec 12-19.  I called Hollis Grange and he'll issue a corrected allocation statement by Friday.

    --
    Lyle Fenstermacher
    Gas Scheduling, Pellworth Trading L.P.
    713-555-0152""", quote=j6q, style="ol_orig", opt=dict(tabs=False, fromfmt="gal"), client="outlook")
add("imbalance-dashdash", "outlook", "en", "outlook_plain", j6, ver="2000ims")

j7 = M(bob, [lyle], D("2002-01-25 09:20:00", -6), "RE: Calder Basin imbalance", """
    Got the corrected statement - 12,800 it is.  Thanks for chasing it.

    Bob Tillery
    Pellworth Trading L.P.
    (713) 555-0144

    P.S. Can you send me the January allocation too when it comes in?  I want to check it before we pay.""",
       quote=j6, style="ol_orig", opt=dict(tabs=False, fromfmt="gal"), client="outlook")
add("imbalance-ps", "outlook", "en", "outlook_plain", j7, ver="2000ims")

j8q = M(lenny, [beth], D("2001-12-03 09:15:00", -6), "Noms for tomorrow", """
    Beth - what do we have nominated for tomorrow?  Need it before the 10:00 meeting.

    L""", client="outlook")
j8 = M(beth, [lenny], D("2001-12-03 09:38:50", -6), "RE: Noms for tomorrow", [
    "Leonard,", "", "Here are the nominations for tomorrow:", "", "Point\t\tVolume\tCounterparty",
    "Katy Hub\t15,000\tPellworth", "Ransom City\t25,000\tCalder Basin", "Bellmont\t10,000\tTidewell", "",
    "Total 50,000/d.  Let me know if you want to change anything before 11:30 - that's the Calder Basin deadline.",
    "", "Beth"], quote=j8q, style="ol_orig", opt=dict(tabs=True, fromfmt="gal"), client="outlook")
add("noms-table-tabs", "outlook", "en", "outlook_plain", j8, ver="2000ims")

j9 = M(trent, [lenny], D("2001-12-03 10:12:33", -6), "RE: Noms for tomorrow", """
    Leonard - cut Bellmont to 5,000, the compressor at Westlake is down for maintenance until Thursday.

    Trent""", cc=[beth], quote=j8, style="ol_orig", opt=dict(tabs=False, fromfmt="gal", indent="> "),
       client="outlook")
add("noms-prefixed-nested", "outlook", "en", "outlook_plain", j9, ver="2000ims")

i1q = M(bob, [lyle], D("2002-02-04 08:30:00", -6), "Feb storage injections", """
    Lyle,

    What's the plan for storage injections in February? With Henry Hub at $2.10 I'd like to keep injecting at Moss Bluff instead of withdrawing, at least through the 15th, unless you see a problem with the ratchets.

    Bob""", client="outlook")
i1 = M(lyle, [bob], D("2002-02-04 09:47:12", -6), "RE: Feb storage injections", """
    No problem with the ratchets until the inventory is above 60%.  We're at 48% today, so we can inject up to 20,000/d through the 15th and still be fine.

    Lyle""", quote=i1q, style="ol_orig", opt=dict(tabs=False, fromfmt="gal", indent="> "), pos="bottom",
       client="outlook_2003")
add("storage-bottom-prefixed", "outlook", "en", "outlook_plain", i1, ver="2003")

# --------------------------------------------------------------------------
# Thread K: outside counsel (Baskin Ferrow LLP), disclaimers in the new text and in the quote
# --------------------------------------------------------------------------
BF_DISC = """
IRS Circular 230 Disclosure: To ensure compliance with requirements imposed by the IRS, we inform you that any U.S. federal tax advice contained in this communication (including any attachments) is not intended or written to be used, and cannot be used, for the purpose of (i) avoiding penalties under the Internal Revenue Code or (ii) promoting, marketing or recommending to another party any transaction or matter addressed herein.

This message contains information which may be confidential and privileged. Unless you are the addressee (or authorized to receive for the addressee), you may not use, copy or disclose to anyone the message or any information contained in the message. If you have received the message in error, please advise the sender by reply e-mail and delete the message."""

k0 = M(dana, [celeste], D("2007-04-16 11:20:00", -5), "Sabine Creek - tax equity term sheet", """
    Celeste,

    Attached is the tax equity term sheet from Corvane Capital for the Sabine Creek wind project. Can you review the flip date mechanics and the indemnity for PTC recapture? We need comments back to Corvane by April 24.

    Dana""", client="lotus_notes", h="notes")
k1 = M(celeste, [dana], D("2007-04-18 19:02:44", -5), "RE: Sabine Creek - tax equity term sheet", """
    Dana,

    I've reviewed the term sheet. Three points:

    1. The flip date is tied to a 9.5% after-tax IRR for Corvane, but the term sheet does not say whether that is calculated on a cash or a book basis. It should be cash.
    2. The PTC recapture indemnity is uncapped. Market is a cap at the amount of Corvane's invested capital.
    3. The cash sweep after the flip is 100% to Corvane until their IRR catches up. We should push back to 75%.

    Howard Blum will look at the tax partnership allocations and send separate comments.

    Best regards,

    Celeste Marchetti
    Baskin Ferrow LLP
    700 Louisiana Street, 38th Floor
    Houston, Texas 77002
    Direct: 713.555.0108
    cmarchetti@baskinferrow.com
    """ + BF_DISC, cc=[howard], quote=k0, style="ol_new", client="outlook", h="mso")
add("taxequity-circ230", "outlook", "en", "outlook_html", k1, ver="2007", cs="us-ascii")

k2 = M(howard, [dana], D("2007-04-19 10:15:30", -5), "RE: Sabine Creek - tax equity term sheet", """
    Dana,

    On the partnership allocations: the 99/1 split of tax items before the flip is fine, but the term sheet allocates 99% of the cash too, which will cause a capital account deficit for SHE in year 3. We should ask for a deficit restoration obligation cap or a QIO.

    Happy to discuss on a call tomorrow.

    Howard Blum | Partner
    Baskin Ferrow LLP | 713.555.0111
    """ + BF_DISC, cc=[celeste], quote=k1, style="ol_orig", opt=dict(tabs=False, fromfmt="name"), client="outlook_2003",
       wrapw=76)
add("taxequity-dro", "outlook", "en", "outlook_plain", k2, ver="2003", cs="us-ascii")

k3 = M(dana, [howard], D("2007-04-19 13:40:05", -5), "RE: Sabine Creek - tax equity term sheet", """
    Howard - tomorrow at 10:00 works.  I'll send a dial-in.  Please also loop in Celeste for the indemnity point.

    Dana
    """ + SIG_DANA, cc=[celeste], quote=k2, style="notes_on", client="lotus_notes", opt=dict(blank=3))
add("taxequity-notes-dialin", "lotus_notes", "en", "notes", k3, ver="7", html_part=False)

k4 = M(celeste, [dana], D("2007-04-23 18:20:11", -5), "RE: Sabine Creek - tax equity term sheet", """
    Dana,

    Corvane came back on the indemnity: they accept a cap at invested capital but want it to survive for the full 10 year PTC period plus 3 years. I think that's acceptable.

    Celeste

    Celeste Marchetti
    Baskin Ferrow LLP
    Direct: 713.555.0108
    """ + BF_DISC, cc=[howard], quote=k3, style="ol_new", client="outlook", h="mso")
add("taxequity-indemnity-cap", "outlook", "en", "outlook_html", k4, ver="2007", cs="us-ascii")

# --------------------------------------------------------------------------
# Thread N: Notes internal replies
# --------------------------------------------------------------------------
n0 = M(lenny, [marisol], D("2001-03-20 14:14:00", -6), "April baseload position", """
    Marisol,

    Where are we on April ERCOT baseload?  I show us short 75 MW after the Pellworth deal this morning.  Do you want me to cover at 24.50 or wait for the load forecast update?

    Leonard""", cc=[beth], client="lotus_notes")
n1 = M(marisol, [lenny], D("2001-03-20 14:41:52", -6), "Re: April baseload position", """
    Wait for the forecast.  The 2:30 update should show lower load for the first two weeks of April with the mild weather, and I'd rather cover 50 than 75.

    Marisol""", cc=[beth], quote=n0, style="notes_block", client="lotus_notes", opt=dict(blank=2))
add("baseload-wait", "lotus_notes", "en", "notes", n1, ver="5")

n2 = M(lenny, [marisol], D("2001-03-20 15:05:10", -6), "Re: April baseload position", """
    Forecast is out, down 30 MW for the first half.  Covered 50 MW at 24.35 with Castleford.

    L""", cc=[beth], quote=n1, style="notes_on", client="lotus_notes", opt=dict(from_prefix=True, internal=True,
                                                                              blank=3))
add("baseload-covered", "lotus_notes", "en", "notes", n2, ver="5")

renee = P("Renée Castagnier", "Renee.Castagnier@strattonhale.com", notes="Renee Castagnier/PAR/SHE@SHE",
          ol="Castagnier, Renée")
n3 = M(renee, [gail], D("2001-09-17 10:05:44", 2), "Re: French gas storage auction", """
    Gail,

    The Manosque storage auction results are out: we were allocated 40% of what we bid (120 GWh instead of 300). The clearing price was 1,85 EUR/MWh, which is 0,10 above our bid on the second tranche, so the allocation makes sense.

    I will send the details to Russell for the credit exposure.

    Cordialement / Best regards,

    Renée Castagnier
    Stratton Hale Energy - Paris
    Tél. +33 1 55 55 01 23""", quote=M(gail, [renee], D("2001-09-14 17:20:00", 1), "French gas storage auction", """
    Renée,

    Any news on the Manosque auction? London wants the allocation before Monday's risk meeting.

    Gail""", client="lotus_notes"), style="notes_on", client="lotus_notes", opt=dict(internal=True, blank=3))
add("storage-auction-latin1", "lotus_notes", "en", "notes", n3, ver="5", cs="iso-8859-1", cte="quoted-printable")

n4 = M(arlene, [dana], D("2004-11-09 10:44:00", -6), "Re: Sabine Creek land lease - amendment 2", """
    Dana,

    Our board approved Amendment 2 to the land lease last night. I have signed both originals and sent them to you by courier today. Please return one fully executed original for our files.

    Thanks for getting this done before year end.
    """ + SIG_ARLENE + """

    CONFIDENTIALITY: This e-mail and any attachment are intended only for the named addressee(s) and may contain confidential information of Brazos Crest Power Cooperative.""",
       quote=M(dana, [arlene], D("2004-11-02 16:00:00", -6), "Sabine Creek land lease - amendment 2", """
    Arlene,

    Attached is the clean version of Amendment 2 to the Sabine Creek land lease, reflecting the call with your board counsel last week. If it is acceptable, please have it signed and send us two originals.

    Regards,
    Dana""", client="lotus_notes"), style="notes_on", client="lotus_notes", h="notes", opt=dict(blank=3))
add("landlease-notes6-html", "lotus_notes", "en", "notes", n4, ver="6")

# --------------------------------------------------------------------------
# more Outlook shapes of the era
# --------------------------------------------------------------------------
o1q = M(ewan, [gail], D("2009-03-11 16:10:00", 0), "Arctic Brenna - off-hire claim", """
    Gail,

    Owners have rejected our off-hire claim for the 36 hours at Lake Charles in February. Their position is that the delay was caused by terminal congestion, which is a charterer's risk under clause 21. I don't agree - the vessel's cargo pump failed first.

    Can we discuss tomorrow?

    Ewan""", client="outlook", h="mso")
o1 = M(gail, [ewan], D("2009-03-12 10:15:03", 0), "RE: Arctic Brenna - off-hire claim", """
    Ewan,

    Agree with you. The pump log from the terminal shows the failure at 04:20 on the 12th, eleven hours before the berth was even available. Please send me the terminal's statement of facts and I'll draft our reply to owners.

    Tomorrow at 11 is fine.

    Kind regards,

    Gail Pruett
    LNG Shipping & Logistics
    Stratton Hale Energy Ltd
    T +44 20 7946 0852""", quote=o1q, style="ol_new", client="outlook", lang="en", h="mso",
       opt=dict(olang="en-gb"))
add("offhire-en-gb", "outlook", "en", "outlook_html", o1, ver="2007", cs="us-ascii", lang_tag="en-GB")

o2q = M(kendra, [dana], D("2004-05-10 12:00:00", -5), "Confidentiality agreement - Sabine Creek data room", """
    Dana,

    Attached is Pellworth's comments on the confidentiality agreement for the Sabine Creek data room. The main change is a two year term instead of five.

    Kendra""", client="outlook", h="mso")
o2 = M(dana, [kendra], D("2004-05-10 19:44:31", -5), "RE: Confidentiality agreement - Sabine Creek data room", """
    Kendra - I'm travelling this week, answering from webmail.  Two years is OK for everything except the reserve reports, which need to stay confidential for five.  I'll send a markup Thursday.

    Dana""", quote=o2q, style="owa", opt=dict(owa2003=True), client="outlook", h="div")
add("nda-owa2003", "outlook", "en", "owa", o2, html_only=False, cs="iso-8859-1", cte="quoted-printable")

o3q = M(celeste, [trent], D("2006-08-02 09:00:00", -5), "Westlake compressor lease - comments", """
    Trent,

    My comments on the compressor lease are attached. The only open commercial point is the availability guarantee - Halvard offered 95%, and I suggest we ask for 97% with liquidated damages.

    Celeste""", client="outlook", h="mso")
o3 = M(trent, [celeste], D("2006-08-02 11:31:09", -5), "RE: Westlake compressor lease - comments", [
    "Celeste \u2013 thanks.",
    "",
    "I\u2019d go with 97% but I don\u2019t think we\u2019ll get LDs above $5,000/day \u2013 that\u2019s what Halvard "
    "agreed with the other shippers. Let\u2019s ask for $7,500 and settle at $5,000.",
    "",
    "Also, the \u201cforce majeure\u201d definition still includes \u201cequipment failure\u201d \u2026 that has to "
    "come out, otherwise the guarantee is worthless.",
    "",
    "Trent"], quote=o3q, style="ol_orig", opt=dict(tabs=False, fromfmt="mailto"), client="outlook_2003", h="mso")
add("compressor-cp1252", "outlook", "en", "outlook_html", o3, ver="2003", cs="windows-1252")

# a few more shapes
p1q = M(gus, [otto, dot], D("2002-06-12 08:00:00", -5), "Load shed drill - June 19", """
    All,

    We will run the annual load shed drill on Wednesday June 19 at 10:00 CDT. Each member should have its control room staff on the conference bridge (1-800-555-0100, code 4417) and confirm the feeder list for Block 1 by June 17.

    Gus""", client="eudora")
p1 = M(otto, [gus], D("2002-06-12 13:24:09", -5), "Re: Load shed drill - June 19", """
    Our control room will be on the bridge.  Block 1 feeders for Sandhill are unchanged from last year except that Feeder 12 at Wolbach was split into 12A and 12B.

    Otto""", quote=p1q, style="eudora", pos="bottom", client="eudora", opt=dict(blank=0))
add("drill-eudora-bottom", "eudora", "en", "eudora", p1, flowed=False)

p2q = M(gus, [dot], D("2002-06-20 09:40:00", -5), "Drill results", """
    Dot,

    Your control room confirmed the Block 1 shed in 6 minutes, which is within the 10 minute target, but the confirmation call came from a cell phone instead of the recorded line. Please make sure the recorded line is used next time - the auditors check that.

    Gus""", client="eudora")
p2 = M(dot, [gus], D("2002-06-20 11:02:31", -5), "Re: Drill results", quote=p2q, style="oe", client="outlook_express",
       opt=dict(qwrap=72), h="oe",
       inline=[("q", ["Dot,", "", "Your control room confirmed the Block 1 shed in 6 minutes, which is within the "
                      "10 minute target, but the confirmation call came from a cell phone instead of the recorded "
                      "line."]),
               ("n", ["", "That was my fault - the recorded line was tied up with the Falls City substation.  We "
                          "have added a second recorded line since then.", ""]),
               ("q", ["Please make sure the recorded line is used next time - the auditors check that."]),
               ("n", ["", "Will do.", "", "Dot Kessler", "Ostrander Vail Consulting", "(402) 555-0160"])])
add("drill-oe-inline-wrapped", "outlook_express", "en", "outlook_express", p2)

p3 = M(wendell, [trent], D("2004-09-14 10:05:00", -5), "Re: FT-2217 extension", """
    Trent,

    The extension of FT-2217 through October 2005 is approved at the same discounted rate. I'll send the amendment for signature tomorrow.

    Wendell Ashby
    Contracts Administrator
    Calder Basin Gas Transmission Co.
    (405) 555-0119""", quote=M(trent, [wendell], D("2004-09-13 15:00:00", -5), "FT-2217 extension", """
    Wendell,

    We'd like to extend FT-2217 for another 12 months at the current rate. Can you check whether that needs another open season?

    Trent""", client="outlook", h="mso"), style="gw_old", opt=dict(quoted=False), client="groupwise")
add("ft2217-ext-gw65-html", "groupwise", "en", "groupwise", p3, ver="6.5", html_part=True)

p4 = M(arlene, [trent], D("2010-01-11 09:15:00", -6), "Re: Sabine Creek - 2009 curtailment report", """
    Trent,

    The 2009 curtailment report is attached. Total curtailed energy for Sabine Creek was 18,420 MWh, mostly in April and October during the Pine Hollow line outages.

    Let me know if you need the hourly detail.
    """ + SIG_ARLENE, cc=[milo], quote=M(trent, [arlene], D("2010-01-08 16:30:00", -6),
                                       "Sabine Creek - 2009 curtailment report", """
    Arlene,

    Could you send us the 2009 curtailment report for Sabine Creek? Our auditors need it for the PTC calculation.

    Thanks,
    Trent""", client="outlook", h="mso"), style="notes85", client="lotus_notes", h="notes", opt=dict(blank=3))
add("curtailment-notes85-html", "lotus_notes", "en", "notes", p4, ver="85")

p5 = M(simone, [corey], D("2011-02-02 10:40:21", -6), "RE: Q4 throughput - Permian gathering", """
    Corey,

    Thanks for the Q4 numbers. Nathan asked me to forward the chain below to you since it has the Q3 split we used for the lender package - can you use the same format for Q4?

    Simone""", quote=e3, style="ol_new", client="outlook", h="mso")
add("permian-q4-deep-nest", "outlook", "en", "outlook_html", p5, ver="2010", cs="us-ascii")

// Sample households for scripts and tests, written once. INDICATOR-MODEL.md §8's first worked
// household: a 低保 elder (born 1940) living alone on the 5th floor without an elevator, care needs
// grade 5, chronic illness, consented to charity referral. Its plan is the README's printed sample.
export const HUAYANG = '310105001'; // 长宁区华阳路街道

export function elderLivingAlone(head: { name: string; idNumber: string }) {
  return {
    streetCode: HUAYANG,
    address: '长宁区华阳路街道示例小区5号501室',
    housing: {
      floor: 5,
      hasElevator: false,
      tenure: 'PUBLIC_RENTAL' as const,
      livingAreaSqm: 18,
      homeAdapted: false,
      falls12m: 1,
      condition: 'ADEQUATE' as const,
    },
    economics: {
      incomeWages: 0,
      incomePensions: 900,
      incomeBenefits: 400,
      incomeMaintenance: 0,
      incomeOther: 0,
      liquidAssets: 2000,
      rigidMedical: 3000,
      rigidEducation: 0,
      rigidCare: 2000,
      rigidRehab: 0,
      arrears: 'NONE' as const,
    },
    observations: {
      familyStructure: 'LIVING_ALONE' as const,
      kinSupport: 'NONE' as const,
      communityContact: 'OCCASIONAL' as const,
      digitalCapacity: 'CANNOT_USE' as const,
      careServiceGap: 'PARTLY_COVERED' as const,
    },
    consents: { charityReferral: true, charityReferralDate: '2026-01-05' },
    categories: [{ category: 'DB' as const, since: '2023-07-01' }],
    members: [
      {
        name: head.name,
        idNumber: head.idNumber,
        relation: 'HEAD' as const,
        hukou: 'LOCAL' as const,
        careNeedsGrade: 5,
        chronicIllness: true,
        hasDisability: false,
        mobilityImpaired: true,
      },
    ],
  };
}
